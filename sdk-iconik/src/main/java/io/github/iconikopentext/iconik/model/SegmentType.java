package io.github.iconikopentext.iconik.model;

/** What a segment of an asset is (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum SegmentType {
  MARKER,
  QC,
  GENERIC,
  COMMENT,
  TAG,
  TRANSCRIPTION,
  SCENE,
  PERSON,
  /** A value this SDK version does not know. */
  UNKNOWN
}
