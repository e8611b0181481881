package io.github.iconikopentext.iconik.model;

/** A custom action's health (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum CustomActionStatus {
  FAILING,
  HEALTHY,
  /** A value this SDK version does not know. */
  UNKNOWN
}
