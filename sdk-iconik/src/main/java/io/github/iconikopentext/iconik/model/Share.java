package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A share of an asset or collection with people outside iconik (iconik's {@code ShareSchema}), as a
 * {@code shares/create} webhook delivery carries it: what is shared, by whom, until when, and what the recipients may
 * do. Immutable; {@link #metadataViews()} is empty when absent.
 *
 * @param id the share id
 * @param objectType {@code assets} or {@code collections}
 * @param objectId the shared asset or collection
 * @param ownerId the user who shared it
 * @param title the share's title
 * @param message the message sent to the recipients
 * @param expires when the share ends, if it does
 * @param dateCreated when it was created
 * @param allowDownload whether recipients may download originals
 * @param allowDownloadProxy whether recipients may download proxies
 * @param allowComments whether recipients may comment
 * @param allowApprovingComments whether recipients may approve in comments
 * @param allowSettingApproveStatus whether recipients may set the approval status
 * @param allowCustomActions whether recipients may run custom actions
 * @param allowViewVersions whether recipients see versions
 * @param allowViewTranscriptions whether recipients see transcriptions
 * @param allowUpload whether recipients may upload
 * @param metadataViews the metadata views shown to recipients
 * @param systemDomainId the iconik system domain
 */
public record Share(
    @Nullable String id,
    @Json(name = "object_type") @Nullable String objectType,
    @Json(name = "object_id") @Nullable String objectId,
    @Json(name = "owner_id") @Nullable String ownerId,
    @Nullable String title,
    @Nullable String message,
    @Nullable Instant expires,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "allow_download") @Nullable Boolean allowDownload,
    @Json(name = "allow_download_proxy") @Nullable Boolean allowDownloadProxy,
    @Json(name = "allow_comments") @Nullable Boolean allowComments,
    @Json(name = "allow_approving_comments") @Nullable Boolean allowApprovingComments,
    @Json(name = "allow_setting_approve_status") @Nullable Boolean allowSettingApproveStatus,
    @Json(name = "allow_custom_actions") @Nullable Boolean allowCustomActions,
    @Json(name = "allow_view_versions") @Nullable Boolean allowViewVersions,
    @Json(name = "allow_view_transcriptions") @Nullable Boolean allowViewTranscriptions,
    @Json(name = "allow_upload") @Nullable Boolean allowUpload,
    @Json(name = "metadata_views") List<String> metadataViews,
    @Json(name = "system_domain_id") @Nullable String systemDomainId) {

  public Share {
    metadataViews = Nulls.list(metadataViews);
  }
}
