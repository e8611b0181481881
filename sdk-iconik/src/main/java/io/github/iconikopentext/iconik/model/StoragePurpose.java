package io.github.iconikopentext.iconik.model;

/** What a storage holds (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum StoragePurpose {
  KEYFRAMES,
  FILES,
  PROXIES,
  EXPORTS,
  ARCHIVE,
  FACES,
  /** A value this SDK version does not know. */
  UNKNOWN
}
