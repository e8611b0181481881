package io.github.iconikopentext.iconik.webhook;

import io.github.iconikopentext.iconik.model.CustomActionContext;
import com.squareup.moshi.Json;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.webhook.internal.Payloads;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The POST iconik sends when a user runs a custom action of type POST.
 *
 * <p>{@code authToken} is an iconik token acting as the invoking user, so the receiver can call iconik back on their
 * behalf: it is a {@link Secret}, printed as {@code ****} and never logged by the SDK. The id lists are never
 * {@code null} (empty when absent), nor is {@code metadataValues}; the other components may be. Immutable.
 */
public record CustomActionInvocation(
    @Json(name = "user_id") @Nullable String userId,
    @Json(name = "system_domain_id") @Nullable String systemDomainId,
    @Nullable CustomActionContext context,
    @Json(name = "action_id") @Nullable String actionId,
    @Json(name = "asset_ids") List<String> assetIds,
    @Json(name = "collection_ids") List<String> collectionIds,
    @Json(name = "saved_search_ids") List<String> savedSearchIds,
    @Json(name = "metadata_view_id") @Nullable String metadataViewId,
    @Json(name = "metadata_values") MetadataValues metadataValues,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "auth_token") @Nullable Secret authToken) {

  public CustomActionInvocation {
    assetIds = Payloads.ids(assetIds);
    collectionIds = Payloads.ids(collectionIds);
    savedSearchIds = Payloads.ids(savedSearchIds);
    metadataValues = metadataValues == null ? MetadataValues.empty() : metadataValues;
  }

  /**
   * Parses a custom-action body.
   *
   * @throws WebhookPayloadException when the body is not a JSON object or a member has the wrong JSON type
   */
  public static CustomActionInvocation parse(byte[] body) {
    return Payloads.customAction(Payloads.object(body));
  }
}
