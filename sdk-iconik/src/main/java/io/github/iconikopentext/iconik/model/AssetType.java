package io.github.iconikopentext.iconik.model;

/** The kind of an asset (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum AssetType {
  ASSET,
  SEQUENCE,
  NLE_PROJECT,
  PLACEHOLDER,
  CUSTOM,
  LINK,
  SUBCLIP,
  /** A value this SDK version does not know. */
  UNKNOWN
}
