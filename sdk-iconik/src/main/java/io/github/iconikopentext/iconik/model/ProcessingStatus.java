package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;

/**
 * The state of one of iconik's processing steps on an asset or version — analysis ({@code analyze_status}),
 * transcription ({@code transcribe_status}), face recognition ({@code face_recognition_status}). Spec enum; values
 * iconik adds later read as {@link #UNKNOWN}.
 */
public enum ProcessingStatus {
  /** {@code N/A}: the step was never requested. */
  @Json(name = "N/A")
  NOT_APPLICABLE,
  REQUESTED,
  IN_PROGRESS,
  FAILED,
  DONE,
  /** A value this SDK version does not know. */
  UNKNOWN
}
