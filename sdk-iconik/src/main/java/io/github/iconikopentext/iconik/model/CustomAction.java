package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A custom action: a menu entry in iconik that POSTs a payload to (or opens) a URL. {@link #headers()} usually carry
 * a shared secret, so {@link #toString()} masks their values. Immutable; any component may be {@code null}.
 *
 * @param id the action id
 * @param title the menu title
 * @param url the URL called
 * @param type POST or OPEN
 * @param context where the action appears
 * @param status HEALTHY or FAILING
 * @param disabled whether it is disabled
 * @param headers headers sent with each call
 * @param metadataView a metadata view whose form iconik shows before calling
 * @param appId the iconik application the action belongs to
 * @param lastError the last call error
 * @param lastErrorDate when it happened
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 */
public record CustomAction(
    @Strict @Nullable String id,
    @Nullable String title,
    @Nullable String url,
    @Nullable CustomActionType type,
    @Nullable CustomActionContext context,
    @Nullable CustomActionStatus status,
    @Nullable Boolean disabled,
    Map<String, String> headers,
    @Json(name = "metadata_view") @Nullable String metadataView,
    @Json(name = "app_id") @Nullable String appId,
    @Json(name = "last_error") @Nullable String lastError,
    @Json(name = "last_error_date") @Nullable Instant lastErrorDate,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified) {

  public CustomAction {
    headers = Nulls.map(headers);
  }

  @Override
  public String toString() {
    return "CustomAction[id=" + id + ", title=" + title + ", url=" + url + ", type=" + type + ", context=" + context
        + ", status=" + status + ", disabled=" + disabled + ", headers=" + Nulls.maskedValues(headers)
        + ", metadataView=" + metadataView + ", appId=" + appId + "]";
  }
}
