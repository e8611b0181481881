package io.github.iconikopentext.integration.routing;

/**
 * Announces a {@link Notification}: to a log ({@link LogNotifier}), to an HTTP endpoint signed with Standard
 * Webhooks ({@link SignedHttpNotifier}), or anywhere a team plugs in (chat, e-mail, a ticket system).
 * Implementations must be thread-safe and throw an {@link io.github.iconikopentext.core.error.SdkException} when
 * the notification could not be delivered.
 */
@FunctionalInterface
public interface Notifier {
  void notify(Notification notification);
}
