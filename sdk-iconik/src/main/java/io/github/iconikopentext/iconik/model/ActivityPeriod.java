package io.github.iconikopentext.iconik.model;

/** The period iconik's user audit statistics are counted by ({@code period} of {@code user/audit/by/{period}/}). */
public enum ActivityPeriod {
  /** One row per user, activity type and month. */
  MONTH("month"),
  /** One row per user, activity type and day. */
  DAY("day"),
  /** Per day, in iconik's detailed form. */
  DAY_DETAILED("day_detailed");

  private final String pathValue;

  ActivityPeriod(String pathValue) {
    this.pathValue = pathValue;
  }

  /** The value in the request path, e.g. {@code day_detailed}. */
  public String pathValue() {
    return pathValue;
  }
}
