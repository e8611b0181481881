package io.github.iconikopentext.iconik.model;

/** A file set's status (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum FileSetStatus {
  ACTIVE,
  ARCHIVED,
  DELETED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
