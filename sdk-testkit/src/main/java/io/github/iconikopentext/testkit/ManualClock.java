package io.github.iconikopentext.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock a test moves by hand, for the SDK's time-driven behaviour — token expiry, transfer leases, replay
 * windows, watermarks: give it to the builders' {@code clock(...)} options, then {@link #advance} it instead of
 * sleeping. Thread-safe: every reader sees the latest time set.
 */
public final class ManualClock extends Clock {
  private volatile Instant now;

  private ManualClock(Instant start) {
    this.now = start;
  }

  /** A clock showing {@code start} until moved. */
  public static ManualClock startingAt(Instant start) {
    return new ManualClock(Objects.requireNonNull(start, "start == null"));
  }

  /** A clock showing the current time until moved. */
  public static ManualClock startingNow() {
    return new ManualClock(Instant.now());
  }

  /** Moves the clock forward by {@code duration} (backward if it is negative). */
  public void advance(Duration duration) {
    now = now.plus(Objects.requireNonNull(duration, "duration == null"));
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant == null");
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock: it is always UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "ManualClock[" + now + "]";
  }
}
