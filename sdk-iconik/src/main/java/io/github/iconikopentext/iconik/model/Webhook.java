package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription of iconik's notifications service. {@link #headers()} are sent with every delivery and
 * usually carry a shared secret, so {@link #toString()} masks their values. Immutable; any component may be
 * {@code null}, {@link #headers()} is empty when absent.
 *
 * @param id the webhook id
 * @param name a name
 * @param description a description
 * @param url where deliveries go
 * @param eventType the event type subscribed to, e.g. {@code assets}
 * @param realm the realm, e.g. {@code entity}, {@code contents}, {@code metadata}, {@code files}
 * @param operation the operation, e.g. {@code create}, {@code update}, {@code delete}
 * @param objectId one object subscribed to, or {@code null} for all
 * @param status ENABLED, DISABLED, FAILING or DELETED
 * @param headers headers sent with each delivery
 * @param query a filter such as {@code data.status="CLOSED"}
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 * @param firstFailedAt when deliveries started failing
 * @param lastError the last delivery error
 */
public record Webhook(
    @Strict @Nullable String id,
    @Nullable String name,
    @Nullable String description,
    @Nullable String url,
    @Json(name = "event_type") @Nullable String eventType,
    @Nullable String realm,
    @Nullable String operation,
    @Json(name = "object_id") @Nullable String objectId,
    @Nullable WebhookStatus status,
    Map<String, String> headers,
    @Nullable String query,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "first_failed_at") @Nullable Instant firstFailedAt,
    @Json(name = "last_error") @Nullable String lastError) {

  public Webhook {
    headers = Nulls.map(headers);
  }

  @Override
  public String toString() {
    return "Webhook[id=" + id + ", name=" + name + ", url=" + url + ", eventType=" + eventType + ", realm=" + realm
        + ", operation=" + operation + ", objectId=" + objectId + ", status=" + status
        + ", headers=" + Nulls.maskedValues(headers) + ", query=" + query + ", lastError=" + lastError + "]";
  }
}
