package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.webhook.ReplayGuard;

/** The guard that remembers nothing: {@link ReplayGuard#none()}. */
public enum NoReplayGuard implements ReplayGuard {
  INSTANCE;

  @Override
  public boolean tryRecord(String messageId) {
    return true;
  }

  @Override
  public void forget(String messageId) {}

  @Override
  public String toString() {
    return "ReplayGuard.none()";
  }
}
