package io.github.iconikopentext.integration.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs notifications at info on the logger {@code io.github.iconikopentext.notifications}. Thread-safe. */
public final class LogNotifier implements Notifier {
  private static final Logger log = LoggerFactory.getLogger("io.github.iconikopentext.notifications");

  @Override
  public void notify(Notification n) {
    log.info("{} asset={} environment={} id={}: {}", n.event(), n.assetId(), n.environment(), n.id(), n.message());
  }
}
