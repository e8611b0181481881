package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.core.http.Idempotent;
import io.github.iconikopentext.iconik.model.Approval;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalVote;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetHistoryEntry;
import io.github.iconikopentext.iconik.model.AssetRequest;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * Assets, their history and approvals: iconik's assets service ({@code assets.json}). Reading, changing and deleting
 * an asset and its approval are audited; listing and history are not. Not part of the API.
 */
public interface AssetsApi {

  @GET("API/assets/v1/assets/")
  IconikList<Asset> list(@QueryMap Map<String, String> query);

  @Audited(value = AuditAction.ASSET_READ, target = "asset_id")
  @GET("API/assets/v1/assets/{asset_id}/")
  Asset get(@Path("asset_id") String assetId);

  @Audited(AuditAction.ASSET_CREATED)
  @POST("API/assets/v1/assets/")
  Asset create(@Body AssetRequest input);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "asset_id")
  @Idempotent
  @PATCH("API/assets/v1/assets/{asset_id}/")
  Asset update(@Path("asset_id") String assetId, @Body AssetRequest input);

  @Audited(value = AuditAction.ASSET_DELETED, target = "asset_id")
  @DELETE("API/assets/v1/assets/{asset_id}/")
  Void delete(@Path("asset_id") String assetId);

  /** Undoing a soft delete changes the asset: audited as an update. */
  @Audited(value = AuditAction.ASSET_UPDATED, target = "asset_id")
  @PUT("API/assets/v1/assets/{asset_id}/restore/")
  Void restore(@Path("asset_id") String assetId);

  @Audited(value = AuditAction.ASSET_DELETED, target = "asset_id")
  @DELETE("API/assets/v1/assets/{asset_id}/purge/")
  Void purge(@Path("asset_id") String assetId);

  @GET("API/assets/v1/assets/{asset_id}/history/")
  IconikList<AssetHistoryEntry> history(@Path("asset_id") String assetId, @QueryMap Map<String, String> query);

  /** The approval state is part of the asset's record. The service only passes {@code object_type = assets}. */
  @Audited(value = AuditAction.ASSET_READ, target = "object_id")
  @GET("API/assets/v1/{object_type}/{object_id}/approvals/request/")
  Approval approval(@Path("object_type") String objectType, @Path("object_id") String objectId);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "object_id")
  @POST("API/assets/v1/{object_type}/{object_id}/approvals/request/")
  Approval requestApproval(
      @Path("object_type") String objectType, @Path("object_id") String objectId, @Body ApprovalRequest request);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "object_id")
  @PUT("API/assets/v1/{object_type}/{object_id}/approvals/")
  ApprovalVote vote(@Path("object_type") String objectType, @Path("object_id") String objectId,
      @Body ApprovalVote vote);
}
