package io.github.iconikopentext.iconik.model;

/** The status of an asset version (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum AssetVersionStatus {
  ACTIVE,
  IN_PROGRESS,
  FAILED,
  DELETING,
  DELETED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
