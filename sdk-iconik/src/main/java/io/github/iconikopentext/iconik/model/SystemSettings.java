package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public settings of the caller's iconik system domain. Immutable; any component may be {@code null},
 * {@link #features()} is empty when absent.
 *
 * @param systemDomainId the system domain id, also found in every webhook delivery
 * @param systemDomainName the domain's name
 * @param defaultUploadStorageId the storage uploads go to by default
 * @param features the features enabled for the domain
 */
public record SystemSettings(
    @Strict @Json(name = "system_domain_id") @Nullable String systemDomainId,
    @Json(name = "system_domain_name") @Nullable String systemDomainName,
    @Json(name = "default_upload_storage_id") @Nullable String defaultUploadStorageId,
    List<String> features) {

  public SystemSettings {
    features = Nulls.list(features);
  }
}
