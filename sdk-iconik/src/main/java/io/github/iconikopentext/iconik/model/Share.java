package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;

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
    String id,
    @Json(name = "object_type") String objectType,
    @Json(name = "object_id") String objectId,
    @Json(name = "owner_id") String ownerId,
    String title,
    String message,
    Instant expires,
    @Json(name = "date_created") Instant dateCreated,
    @Json(name = "allow_download") Boolean allowDownload,
    @Json(name = "allow_download_proxy") Boolean allowDownloadProxy,
    @Json(name = "allow_comments") Boolean allowComments,
    @Json(name = "allow_approving_comments") Boolean allowApprovingComments,
    @Json(name = "allow_setting_approve_status") Boolean allowSettingApproveStatus,
    @Json(name = "allow_custom_actions") Boolean allowCustomActions,
    @Json(name = "allow_view_versions") Boolean allowViewVersions,
    @Json(name = "allow_view_transcriptions") Boolean allowViewTranscriptions,
    @Json(name = "allow_upload") Boolean allowUpload,
    @Json(name = "metadata_views") List<String> metadataViews,
    @Json(name = "system_domain_id") String systemDomainId) {

  public Share {
    metadataViews = Nulls.list(metadataViews);
  }
}
