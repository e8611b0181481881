package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an asset's history: an operation performed on it. Immutable; any component may be {@code null}.
 *
 * @param id the entry id
 * @param assetId the asset
 * @param operationType what was done
 * @param operationDescription a free description
 * @param jobId the job that did it, if any
 * @param userId who did it
 * @param versionId the asset version affected
 * @param dateCreated when it was recorded
 * @param dateModified when the entry last changed
 * @param shareId the share through which it was done, or which it created
 * @param shareUserId the share recipient who did it, when done through a share
 * @param systemDomainId the iconik domain
 */
public record AssetHistoryEntry(
    @Nullable String id,
    @Json(name = "asset_id") @Nullable String assetId,
    @Json(name = "operation_type") @Nullable HistoryOperation operationType,
    @Json(name = "operation_description") @Nullable String operationDescription,
    @Json(name = "job_id") @Nullable String jobId,
    @Json(name = "user_id") @Nullable String userId,
    @Json(name = "version_id") @Nullable String versionId,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "share_id") @Nullable String shareId,
    @Json(name = "share_user_id") @Nullable String shareUserId,
    @Json(name = "system_domain_id") @Nullable String systemDomainId) {}
