package io.github.iconikopentext.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the {@link IconikSimulator} injects instead of (or before) its normal answer; see
 * {@link IconikSimulator#injectFault(String, IconikFault, int)}. Immutable.
 */
public sealed interface IconikFault {

  /** HTTP 429, with a {@code Retry-After} in whole seconds when {@code retryAfter} is not {@code null}. */
  record TooManyRequests(Duration retryAfter) implements IconikFault {}

  /** An HTTP 5xx answer with iconik's error body. */
  record ServerError(int status) implements IconikFault {
    public ServerError {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("not a 5xx status: " + status);
      }
    }
  }

  /** The connection is reset without an answer. */
  record ConnectionReset() implements IconikFault {}

  /** The normal answer, after {@code delay}. */
  record Slow(Duration delay) implements IconikFault {
    public Slow {
      Objects.requireNonNull(delay, "delay == null");
    }
  }

  /** HTTP 200 with a body that is not valid JSON. */
  record MalformedJson() implements IconikFault {}

  /**
   * For the simulator's download URLs: the normal answer's headers and its first {@code afterBytes} bytes, then the
   * connection is cut (a truncated body). Elsewhere it acts as {@link ConnectionReset}.
   */
  record CutAfter(long afterBytes) implements IconikFault {
    public CutAfter {
      if (afterBytes < 0) {
        throw new IllegalArgumentException("afterBytes < 0: " + afterBytes);
      }
    }
  }

  /**
   * For the simulator's download URLs: the normal answer's headers and its first {@code afterBytes} bytes, then no
   * byte for {@code stall} (a stuck transfer), then the connection is cut. Elsewhere it acts as {@link Slow}.
   */
  record StallAfter(long afterBytes, Duration stall) implements IconikFault {
    public StallAfter {
      if (afterBytes < 0) {
        throw new IllegalArgumentException("afterBytes < 0: " + afterBytes);
      }
      Objects.requireNonNull(stall, "stall == null");
    }
  }

  static IconikFault tooManyRequests() {
    return new TooManyRequests(null);
  }

  static IconikFault tooManyRequests(Duration retryAfter) {
    return new TooManyRequests(Objects.requireNonNull(retryAfter, "retryAfter == null"));
  }

  static IconikFault serverError(int status) {
    return new ServerError(status);
  }

  static IconikFault connectionReset() {
    return new ConnectionReset();
  }

  static IconikFault slow(Duration delay) {
    return new Slow(delay);
  }

  static IconikFault malformedJson() {
    return new MalformedJson();
  }

  static IconikFault cutAfter(long afterBytes) {
    return new CutAfter(afterBytes);
  }

  static IconikFault stallAfter(long afterBytes, Duration stall) {
    return new StallAfter(afterBytes, stall);
  }
}
