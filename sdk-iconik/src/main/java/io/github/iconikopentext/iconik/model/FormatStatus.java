package io.github.iconikopentext.iconik.model;

/** A format's status (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum FormatStatus {
  ACTIVE,
  DELETED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
