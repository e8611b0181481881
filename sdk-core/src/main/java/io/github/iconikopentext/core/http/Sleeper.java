package io.github.iconikopentext.core.http;

import java.time.Duration;

/**
 * Waits between attempts of a synchronous call (retry back-off, rate limiting). Injectable so tests can observe the
 * waits instead of spending wall time. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real one: {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  /** Waits for {@code duration}; throws {@link InterruptedException} if the thread is interrupted. */
  void sleep(Duration duration) throws InterruptedException;
}
