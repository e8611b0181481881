package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.iconik.model.Asset;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** docs/audit.md: a service method marked for automatic audit events. */
interface AuditedAssetsApi {
  @Audited(value = AuditAction.ASSET_READ, target = "asset_id")
  @GET("API/assets/v1/assets/{asset_id}/")
  Asset getAsset(@Path("asset_id") String assetId);
}
