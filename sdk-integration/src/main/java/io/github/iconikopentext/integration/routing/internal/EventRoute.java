package io.github.iconikopentext.integration.routing.internal;

import io.github.iconikopentext.iconik.webhook.AssetEvent;
import java.util.Locale;
import java.util.Set;

/**
 * One event a routing rule may name: its {@link AssetEvent} type and which iconik webhook subscriptions deliver it
 * ({@code event_type}, {@code realm} and {@code operation}; an empty set means any). A subscription without a realm
 * or operation receives every realm or operation of its event type. Immutable.
 *
 * @param name the name routing rules use, e.g. {@code ShareCreated}
 * @param type the event type
 * @param eventTypes the subscription event types that carry it
 * @param realms the realms that carry it; empty for any
 * @param operations the operations that carry it; empty for any
 */
record EventRoute(String name, Class<? extends AssetEvent> type, Set<String> eventTypes, Set<String> realms,
    Set<String> operations) {

  static EventRoute of(Class<? extends AssetEvent> type, Set<String> eventTypes, Set<String> realms,
      Set<String> operations) {
    return new EventRoute(type.getSimpleName(), type, eventTypes, realms, operations);
  }

  /** Whether a webhook subscribed to these (each {@code null} or blank for "any") can deliver this event. */
  boolean deliveredBy(String eventType, String realm, String operation) {
    return eventType != null && eventTypes.contains(eventType.toLowerCase(Locale.ROOT))
        && covers(realms, realm) && covers(operations, operation);
  }

  private static boolean covers(Set<String> wanted, String subscribed) {
    return wanted.isEmpty() || subscribed == null || subscribed.isBlank()
        || wanted.contains(subscribed.toLowerCase(Locale.ROOT));
  }

  /** What a subscription needs, for error messages: "event_type assets, realm shares, operation create". */
  String subscription() {
    return "event_type " + String.join(" or ", new java.util.TreeSet<>(eventTypes))
        + (realms.isEmpty() ? "" : ", realm " + String.join(" or ", new java.util.TreeSet<>(realms)))
        + (operations.isEmpty() ? "" : ", operation " + String.join(" or ", new java.util.TreeSet<>(operations)));
  }
}
