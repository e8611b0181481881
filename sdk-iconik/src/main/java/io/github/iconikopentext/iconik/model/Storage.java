package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A storage iconik keeps files on. Immutable; any component may be {@code null}, {@link #settings()} is empty when
 * absent. Settings may hold access keys, so {@link #toString()} shows only their names.
 *
 * @param id the storage id
 * @param name the name
 * @param method how iconik reaches it
 * @param purpose what it holds
 * @param status its health
 * @param isDefault whether it is the default for its purpose
 * @param description a description
 * @param lastScanned when it was last scanned
 * @param scannerStatus the scanner's state
 * @param statusMessage a message about its status
 * @param version the storage gateway version, for FILE storages
 * @param settings the method-specific settings (bucket, path, …)
 */
public record Storage(
    @Strict @Nullable String id,
    @Nullable String name,
    @Nullable StorageMethod method,
    @Nullable StoragePurpose purpose,
    @Nullable StorageStatus status,
    @Json(name = "default") @Nullable Boolean isDefault,
    @Nullable String description,
    @Json(name = "last_scanned") @Nullable Instant lastScanned,
    @Json(name = "scanner_status") @Nullable String scannerStatus,
    @Json(name = "status_message") @Nullable String statusMessage,
    @Nullable String version,
    Map<String, Object> settings) {

  public Storage {
    settings = Nulls.map(settings);
  }

  @Override
  public String toString() {
    return "Storage[id=" + id + ", name=" + name + ", method=" + method + ", purpose=" + purpose + ", status=" + status
        + ", isDefault=" + isDefault + ", settings=" + settings.keySet() + "]";
  }
}
