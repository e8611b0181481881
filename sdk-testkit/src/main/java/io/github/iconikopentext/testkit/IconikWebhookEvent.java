package io.github.iconikopentext.testkit;

import java.util.Map;
import java.util.Objects;

/**
 * An iconik event as webhooks deliver it: which kind of object changed, in which realm, how, and the changed object.
 * The simulator adds {@code system_domain_id}, {@code user_id} and a fresh {@code request_id} when it delivers one.
 * Immutable.
 *
 * @param eventType the object kind, e.g. {@code assets}, {@code collections}, {@code jobs}
 * @param realm the realm, e.g. {@code entity}, {@code contents}, {@code metadata}, {@code files}
 * @param operation the operation, e.g. {@code create}, {@code update}, {@code delete}
 * @param objectId the id of the object the event is about
 * @param data the changed object (an asset, a file, a job, metadata values …)
 */
public record IconikWebhookEvent(String eventType, String realm, String operation, String objectId,
    Map<String, Object> data) {

  public IconikWebhookEvent {
    Objects.requireNonNull(eventType, "eventType == null");
    Objects.requireNonNull(realm, "realm == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(objectId, "objectId == null");
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
  }
}
