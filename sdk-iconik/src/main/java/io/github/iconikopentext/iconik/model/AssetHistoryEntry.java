package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;

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
    String id,
    @Json(name = "asset_id") String assetId,
    @Json(name = "operation_type") HistoryOperation operationType,
    @Json(name = "operation_description") String operationDescription,
    @Json(name = "job_id") String jobId,
    @Json(name = "user_id") String userId,
    @Json(name = "version_id") String versionId,
    @Json(name = "date_created") Instant dateCreated,
    @Json(name = "date_modified") Instant dateModified,
    @Json(name = "share_id") String shareId,
    @Json(name = "share_user_id") String shareUserId,
    @Json(name = "system_domain_id") String systemDomainId) {}
