package io.github.iconikopentext.iconik.webhook;

import com.squareup.moshi.Json;
import io.github.iconikopentext.iconik.webhook.internal.Payloads;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One iconik webhook delivery, as iconik POSTs it:
 * {@code {"system_domain_id", "event_type", "realm", "operation", "object_id", "user_id", "request_id", "data"}}.
 *
 * <p>{@code event_type} is the kind of object watched ({@code assets}, {@code collections}, {@code jobs} …),
 * {@code realm} what changed about it ({@code entity}, {@code files}, {@code metadata}, {@code contents} …),
 * {@code operation} how ({@code create}, {@code update}, {@code delete}, {@code purge}, {@code restore},
 * {@code download}); {@code data} is the changed object as parsed JSON: maps, lists, strings, numbers as
 * {@link Double}, booleans and nulls. Any component may be {@code null} when iconik omits it, except {@code data},
 * which is then empty. {@link AssetEvent#of(IconikWebhook)} interprets a delivery as a typed event.
 *
 * <p>{@code object_type} is not part of the deliveries captured from iconik; it is kept because some receivers
 * assume a shape without {@code event_type} and {@code realm} that names the object's type there instead (see
 * {@link AssetEvent}).
 *
 * <p>Delivery is at least once: de-duplicate on {@link #requestId()} (the {@link IconikWebhookHandler} does).
 * {@link #toString()} omits {@code data}, which may hold signed URLs, so the record can be logged. Immutable
 * (the nested maps and lists of {@code data} must not be modified).
 */
public record IconikWebhook(
    @Json(name = "system_domain_id") @Nullable String systemDomainId,
    @Json(name = "event_type") @Nullable String eventType,
    @Nullable String realm,
    @Nullable String operation,
    @Json(name = "object_id") @Nullable String objectId,
    @Json(name = "object_type") @Nullable String objectType,
    @Json(name = "user_id") @Nullable String userId,
    @Json(name = "request_id") @Nullable String requestId,
    Map<String, Object> data) {

  public IconikWebhook {
    data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  /**
   * Parses a delivery body.
   *
   * @throws WebhookPayloadException when the body is not a JSON object or a member has the wrong JSON type
   */
  public static IconikWebhook parse(byte[] body) {
    return Payloads.delivery(Payloads.object(body));
  }

  @Override
  public String toString() {
    return "IconikWebhook[event_type=" + eventType + ", realm=" + realm + ", operation=" + operation
        + ", object_id=" + objectId + ", request_id=" + requestId + ", system_domain_id=" + systemDomainId + "]";
  }
}
