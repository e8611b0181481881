package io.github.iconikopentext.iconik.model;

/** A storage's health (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum StorageStatus {
  ACTIVE,
  INACTIVE,
  FAILING,
  /** A value this SDK version does not know. */
  UNKNOWN
}
