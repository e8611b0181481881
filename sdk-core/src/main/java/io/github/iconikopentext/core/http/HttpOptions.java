package io.github.iconikopentext.core.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Transport options for one client: timeouts, retry, rate limit, and optionally the caller's own
 * {@link OkHttpClient}.
 *
 * <p>When no client is given, the SDK derives one from a process-wide default so that every SDK client shares one
 * connection pool and dispatcher. A client passed here is also only derived from ({@link OkHttpClient#newBuilder()}):
 * it shares the caller's pool and dispatcher, and the SDK never shuts it down.
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} copies it for a change.
 */
public final class HttpOptions {
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final OkHttpClient okHttpClient;
  private final RetryPolicy retryPolicy;
  private final RateLimit rateLimit;
  private final Sleeper sleeper;
  private final Clock clock;

  private HttpOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.okHttpClient = b.okHttpClient;
    this.retryPolicy = b.retryPolicy;
    this.rateLimit = b.rateLimit;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
  }

  /** Defaults: connect 10 s, read and write 60 s, no call timeout, {@link RetryPolicy#defaults()}, no rate limit. */
  public static HttpOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.okHttpClient = okHttpClient;
    b.retryPolicy = retryPolicy;
    b.rateLimit = rateLimit;
    b.sleeper = sleeper;
    b.clock = clock;
    return b;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** The timeout of one attempt from start to end; {@link Duration#ZERO} means none (needed for large streams). */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The caller's client, if one was given. */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The client-side rate limit, if any. */
  public Optional<RateLimit> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  public Clock clock() {
    return clock;
  }

  /** Builds {@link HttpOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ZERO;
    private OkHttpClient okHttpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = nonNegative(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative(timeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = nonNegative(timeout, "writeTimeout");
      return this;
    }

    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative(timeout, "callTimeout");
      return this;
    }

    /** Use (a derivative of) the caller's client; the SDK never closes it. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "okHttpClient == null");
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy == null");
      return this;
    }

    /** A client-side rate limit; {@code null} removes it. */
    public Builder rateLimit(RateLimit limit) {
      this.rateLimit = limit;
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    public HttpOptions build() {
      return new HttpOptions(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " is negative: " + d);
      }
      return d;
    }
  }
}
