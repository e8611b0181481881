package io.github.iconikopentext.iconik.model;

/** A job's status. FINISHED, FINISHED_WITH_WARNING, FAILED, ABORTED and SKIPPED are terminal. Values iconik adds later read as {@link #UNKNOWN}. */
public enum JobStatus {
  READY,
  STARTED,
  FINISHED,
  FINISHED_WITH_WARNING,
  FAILED,
  WAITING,
  ABORT_PENDING,
  ABORTED,
  SKIPPED,
  PAUSED,
  /** A value this SDK version does not know. */
  UNKNOWN;

  /** Whether a job in this status will not change any more: FINISHED, FINISHED_WITH_WARNING, FAILED, ABORTED or SKIPPED. */
  public boolean isTerminal() {
    return this == FINISHED || this == FINISHED_WITH_WARNING || this == FAILED || this == ABORTED || this == SKIPPED;
  }
}
