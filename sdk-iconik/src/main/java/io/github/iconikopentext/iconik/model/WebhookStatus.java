package io.github.iconikopentext.iconik.model;

/** A webhook's status; iconik sets FAILING after repeated delivery failures (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum WebhookStatus {
  ENABLED,
  DISABLED,
  FAILING,
  DELETED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
