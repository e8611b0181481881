package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.core.http.Idempotent;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSet;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.Format;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.Storage;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * Formats, file sets, files and storages: iconik's files service ({@code files.json}). Only download URLs are
 * audited: formats, file sets and file records describe media without exposing it. Not part of the API.
 */
public interface FilesApi {

  @GET("API/files/v1/assets/{asset_id}/formats/")
  IconikList<Format> formats(@Path("asset_id") String assetId, @QueryMap Map<String, String> query);

  @GET("API/files/v1/assets/{asset_id}/formats/{format_id}/")
  Format format(@Path("asset_id") String assetId, @Path("format_id") String formatId);

  @GET("API/files/v1/assets/{asset_id}/formats/{name}/")
  Format formatByName(@Path("asset_id") String assetId, @Path("name") String name);

  @POST("API/files/v1/assets/{asset_id}/formats/")
  Format createFormat(@Path("asset_id") String assetId, @Body FormatRequest input);

  @GET("API/files/v1/assets/{asset_id}/file_sets/")
  IconikList<FileSet> fileSets(@Path("asset_id") String assetId, @QueryMap Map<String, String> query);

  @POST("API/files/v1/assets/{asset_id}/file_sets/")
  FileSet createFileSet(@Path("asset_id") String assetId, @Body FileSetRequest input);

  @GET("API/files/v1/assets/{asset_id}/files/")
  IconikList<AssetFile> files(@Path("asset_id") String assetId, @QueryMap Map<String, String> query);

  @GET("API/files/v1/assets/{asset_id}/files/{file_id}/")
  AssetFile file(@Path("asset_id") String assetId, @Path("file_id") String fileId);

  @POST("API/files/v1/assets/{asset_id}/files/")
  AssetFile createFile(@Path("asset_id") String assetId, @Body FileRequest input);

  /** Body: the fields to change, e.g. {@code {"status": "CLOSED"}}. */
  @Idempotent
  @PATCH("API/files/v1/assets/{asset_id}/files/{file_id}/")
  AssetFile updateFile(@Path("asset_id") String assetId, @Path("file_id") String fileId,
      @Body Map<String, Object> changes);

  /** The SDK never sees the bytes fetched from the signed URL: handing out the URL is what it audits as the download. */
  @Audited(value = AuditAction.ASSET_DOWNLOADED, target = "asset_id")
  @GET("API/files/v1/assets/{asset_id}/files/{file_id}/download_url/")
  DownloadUrl downloadUrl(@Path("asset_id") String assetId, @Path("file_id") String fileId);

  @GET("API/files/v1/storages/")
  IconikList<Storage> storages(@QueryMap Map<String, String> query);

  @GET("API/files/v1/storages/{storage_id}/")
  Storage storage(@Path("storage_id") String storageId);

  @GET("API/files/v1/files/checksum/{checksum}/")
  IconikList<AssetFile> filesByChecksum(@Path("checksum") String checksum, @QueryMap Map<String, String> query);
}
