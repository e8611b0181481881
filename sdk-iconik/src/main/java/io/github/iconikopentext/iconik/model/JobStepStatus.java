package io.github.iconikopentext.iconik.model;

/** The status of one step of a job (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum JobStepStatus {
  IN_PROGRESS,
  WAITING,
  FAILED,
  DONE,
  SKIPPED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
