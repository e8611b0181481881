package io.github.iconikopentext.iconik.model;

/** An asset's or format's archive status (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum ArchiveStatus {
  NOT_ARCHIVED,
  ARCHIVING,
  FAILED_TO_ARCHIVE,
  ARCHIVED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
