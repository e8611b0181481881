package io.github.iconikopentext.core.http;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Transport options for one client: timeouts, retry, rate limit, the maximum response size, {@link CallListener}s,
 * and optionally the caller's own {@link OkHttpClient} and a decorator of the call factory (for instrumentation such
 * as OpenTelemetry's OkHttp library).
 *
 * <p>Time limits: a call ends at its {@link RetryPolicy#totalBudget()}, a real deadline that cancels the attempt in
 * flight, unless its service method is marked {@link StreamingBody}; connect, read and write timeouts bound each
 * network operation; a streamed body must move {@value #PROGRESS_BYTES} bytes within the read (or write) timeout of
 * waiting. Size: a response that is not streamed may not exceed {@link #maxResponseBytes()}; it is read as it
 * arrives and never buffered whole.
 *
 * <p>When no client is given, the SDK derives one from a process-wide default so that every SDK client shares one
 * connection pool and dispatcher. A client passed here is also only derived from ({@link OkHttpClient#newBuilder()}):
 * it shares the caller's pool and dispatcher, and the SDK never shuts it down.
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} copies it for a change.
 */
public final class HttpOptions {
  /** How many bytes a streamed body must move within the read or write timeout of waiting ({@link StreamingBody}). */
  public static final long PROGRESS_BYTES = 64 * 1024;
  /** The default {@link #maxResponseBytes()}: 32 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final long maxResponseBytes;
  private final OkHttpClient okHttpClient;
  private final RetryPolicy retryPolicy;
  private final RateLimit rateLimit;
  private final Sleeper sleeper;
  private final Clock clock;
  private final List<CallListener> callListeners;
  private final Function<? super OkHttpClient, ? extends Call.Factory> callFactory;

  private HttpOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.okHttpClient = b.okHttpClient;
    this.retryPolicy = b.retryPolicy;
    this.rateLimit = b.rateLimit;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.callListeners = List.copyOf(b.callListeners);
    this.callFactory = b.callFactory;
  }

  /**
   * Defaults: connect 10 s, read and write 60 s, no per-attempt call timeout, {@link RetryPolicy#defaults()} (whose
   * total budget of 2 minutes is each call's deadline), no rate limit, responses up to 32 MiB.
   */
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
    b.maxResponseBytes = maxResponseBytes;
    b.okHttpClient = okHttpClient;
    b.retryPolicy = retryPolicy;
    b.rateLimit = rateLimit;
    b.sleeper = sleeper;
    b.clock = clock;
    b.callListeners.addAll(callListeners);
    b.callFactory = callFactory;
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

  /**
   * The timeout of one attempt from start to end; {@link Duration#ZERO} means none. Calls end at the retry policy's
   * total budget anyway; this bounds each attempt further, streamed ones included.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * The most bytes a response that is not streamed ({@link StreamingBody}) may have: a longer one fails with an
   * {@link io.github.iconikopentext.core.error.InvalidResponseException} as soon as the limit is passed, so a
   * hostile or broken server cannot exhaust memory. Error bodies are read up to 64 KiB whatever this is.
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
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

  /** The listeners told of every call, in the order they were added. */
  public List<CallListener> callListeners() {
    return callListeners;
  }

  /**
   * The call factory the SDK sends through, made from the fully configured OkHttp client of a stack (SDK rules and
   * the client's authentication included): the client itself unless {@link Builder#callFactory} decorated it.
   */
  public Call.Factory callFactory(OkHttpClient configured) {
    return Objects.requireNonNull(callFactory.apply(configured), "callFactory returned null");
  }

  /** Builds {@link HttpOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ZERO;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private OkHttpClient okHttpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private final List<CallListener> callListeners = new ArrayList<>();
    private Function<? super OkHttpClient, ? extends Call.Factory> callFactory = client -> client;

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

    /** The most bytes a response that is not streamed may have; at least 1 KiB. Default 32 MiB. */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024: " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Use (a derivative of) the caller's client; the SDK never closes it. The derivative follows no redirects by
     * itself and does not retry silently: the SDK applies its own rules for both.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "okHttpClient == null");
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy == null");
      return this;
    }

    /** A client-side rate limit; {@code null} removes it. */
    public Builder rateLimit(@Nullable RateLimit limit) {
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

    /** Adds a listener told of every call of the clients built with these options (metrics, traces, logs). */
    public Builder addCallListener(CallListener listener) {
      callListeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Decorates the call factory the SDK sends through. {@code decorator} receives the stack's fully configured OkHttp
     * client — its interceptors (authentication, redirect rule, size limit, logging) in place — and returns the factory
     * to use, e.g. OpenTelemetry's {@code OkHttpTelemetry.create(openTelemetry)::newCallFactory}. Calls made through
     * the returned factory must reach that client, or the SDK's rules are bypassed. Default: the client itself.
     */
    public Builder callFactory(Function<? super OkHttpClient, ? extends Call.Factory> decorator) {
      this.callFactory = Objects.requireNonNull(decorator, "callFactory == null");
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
