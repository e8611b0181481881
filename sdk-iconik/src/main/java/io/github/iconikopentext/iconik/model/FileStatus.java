package io.github.iconikopentext.iconik.model;

/** A file's status; CLOSED means the upload is complete. Values iconik adds later read as {@link #UNKNOWN}. */
public enum FileStatus {
  OPEN,
  GROWING,
  AWAITED,
  CLOSED,
  FAILED,
  ARCHIVED,
  MISSING,
  REDISCOVERED,
  DELETED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
