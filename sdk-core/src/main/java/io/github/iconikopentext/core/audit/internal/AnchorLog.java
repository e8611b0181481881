package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditAnchorPublisher;
import org.slf4j.Logger;

/** Logs anchors at INFO on one logger; shared by the default publisher and the slf4j sink. Not part of the API. */
public final class AnchorLog implements AuditAnchorPublisher {
  private final Logger logger;

  public AnchorLog(Logger logger) {
    this.logger = logger;
  }

  @Override
  public void publish(String log, AuditAnchor anchor) {
    logger.atInfo()
        .addKeyValue("audit.log", log)
        .addKeyValue("audit.anchor", anchor.toString())
        .log("audit anchor {} for {}", anchor, log);
  }

  @Override
  public String toString() {
    return "slf4j anchors on " + logger.getName();
  }
}
