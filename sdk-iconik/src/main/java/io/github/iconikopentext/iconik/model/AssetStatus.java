package io.github.iconikopentext.iconik.model;

/** An asset's status; DELETED assets are soft-deleted and can be restored. Values iconik adds later read as {@link #UNKNOWN}. */
public enum AssetStatus {
  ACTIVE,
  DELETED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
