package io.github.iconikopentext.iconik.model;

/** What a keyframe image is (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum KeyframeType {
  /** A still of the media, e.g. the thumbnail. */
  KEYFRAME,
  /** A sprite sheet of stills for scrubbing. */
  KEYFRAME_MAP,
  /** A poster image. */
  POSTER,
  /** A value this SDK version does not know. */
  UNKNOWN
}
