package io.github.iconikopentext.iconik.model;

/** What a file entry is (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum FileType {
  FILE,
  DIRECTORY,
  SYMLINK,
  /** A value this SDK version does not know. */
  UNKNOWN
}
