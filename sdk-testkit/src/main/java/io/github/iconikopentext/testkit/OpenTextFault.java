package io.github.iconikopentext.testkit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure the {@link OpenTextSimulator} injects instead of the normal answer, for testing retries and error
 * handling. Immutable.
 */
public sealed interface OpenTextFault {

  /** An HTTP error status with an OpenText gateway fault body, e.g. 500 or 503. */
  static OpenTextFault status(int statusCode) {
    return new Status(statusCode, null);
  }

  /** 429 without {@code Retry-After} (what CMS is known to send). */
  static OpenTextFault tooManyRequests() {
    return new Status(429, null);
  }

  /** 429 with {@code Retry-After: <seconds>}. */
  static OpenTextFault tooManyRequests(Duration retryAfter) {
    return new Status(429, Objects.requireNonNull(retryAfter, "retryAfter == null"));
  }

  /** The connection is reset before any response. */
  static OpenTextFault connectionReset() {
    return ConnectionReset.INSTANCE;
  }

  /** The normal answer, after {@code delay}. */
  static OpenTextFault slow(Duration delay) {
    return new Slow(Objects.requireNonNull(delay, "delay == null"));
  }

  /** A 200 whose JSON body is cut off. */
  static OpenTextFault malformedJson() {
    return MalformedJson.INSTANCE;
  }

  /**
   * @param statusCode the status to answer with
   * @param retryAfter the {@code Retry-After} to send, or {@code null}
   */
  record Status(int statusCode, @Nullable Duration retryAfter) implements OpenTextFault {
    public Status {
      if (statusCode < 400 || statusCode > 599) {
        throw new IllegalArgumentException("fault status must be 4xx or 5xx: " + statusCode);
      }
    }
  }

  /**
   * See {@link #slow(Duration)}.
   *
   * @param delay how long to wait before answering
   */
  record Slow(Duration delay) implements OpenTextFault {}

  /** See {@link #connectionReset()}. */
  enum ConnectionReset implements OpenTextFault {
    INSTANCE
  }

  /** See {@link #malformedJson()}. */
  enum MalformedJson implements OpenTextFault {
    INSTANCE
  }
}
