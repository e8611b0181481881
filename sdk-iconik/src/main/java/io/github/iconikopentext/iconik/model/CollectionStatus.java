package io.github.iconikopentext.iconik.model;

/** A collection's status; DELETED collections are soft-deleted (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum CollectionStatus {
  ACTIVE,
  HIDDEN,
  DELETED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
