package io.github.iconikopentext.spring.boot;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * The {@code iconik-opentext.http.*} properties: timeouts, the maximum response size, the retry policy and the
 * client-side rate limits of every auto-configured client. Defaults are those of {@code HttpOptions.defaults()} and
 * of the clients. A mutable JavaBean as Spring Boot binds it; read-only once bound.
 */
public class HttpProperties {
  /** Connect timeout of one network operation. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Read timeout of one network operation. */
  private Duration readTimeout = Duration.ofSeconds(60);

  /** Write timeout of one network operation. */
  private Duration writeTimeout = Duration.ofSeconds(60);

  /** Timeout of one attempt from start to end; 0 for none (calls still end at the retry's total budget). */
  private Duration callTimeout = Duration.ZERO;

  /** The largest response that is not streamed. */
  private DataSize maxResponseSize = DataSize.ofMegabytes(32);

  /** When and how often a failed call is tried again. */
  private final Retry retry = new Retry();

  /** Client-side rate limits. */
  private final RateLimits rateLimit = new RateLimits();

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  public Duration getCallTimeout() {
    return callTimeout;
  }

  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  public DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  public Retry getRetry() {
    return retry;
  }

  public RateLimits getRateLimit() {
    return rateLimit;
  }


  /** The retry policy, as {@code RetryPolicy} has it. */
  public static class Retry {
    /** Total attempts including the first; 1 disables retries. */
    private int maxAttempts = 4;

    /** The wait before the first retry when the server sends no Retry-After. */
    private Duration initialBackoff = Duration.ofMillis(250);

    /** The largest exponential wait. */
    private Duration maxBackoff = Duration.ofSeconds(8);

    /** The largest Retry-After honoured; longer hints are cut to it. */
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    /** The most time one call may take, waits included: its deadline. */
    private Duration totalBudget = Duration.ofMinutes(2);

    /** The random fraction (0 to 1) applied to exponential waits. */
    private double jitter = 0.5;

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }

    public Duration getTotalBudget() {
      return totalBudget;
    }

    public void setTotalBudget(Duration totalBudget) {
      this.totalBudget = totalBudget;
    }

    public double getJitter() {
      return jitter;
    }

    public void setJitter(double jitter) {
      this.jitter = jitter;
    }
  }

  /** The client-side rate limits of iconik and of OpenText CMS. */
  public static class RateLimits {
    /** iconik's limit; unset: the SDK's default of 50 requests per second. */
    private final RateLimitProperties iconik = new RateLimitProperties();

    /** OpenText CMS's limit; unset: the SDK's default of 5 requests per second. */
    private final RateLimitProperties cms = new RateLimitProperties();

    public RateLimitProperties getIconik() {
      return iconik;
    }

    public RateLimitProperties getCms() {
      return cms;
    }
  }

  /** One rate limit, as {@code RateLimit} has it. */
  public static class RateLimitProperties {
    /** The sustained rate; unset keeps the SDK's default for the system. */
    private Double permitsPerSecond;

    /** How many requests may go at once after a quiet period; unset: the rate rounded up. */
    private Integer burst;

    /** How long a call may wait for a permit before failing with a rate-limit error. */
    private Duration maxWait = Duration.ofMinutes(5);

    public Double getPermitsPerSecond() {
      return permitsPerSecond;
    }

    public void setPermitsPerSecond(Double permitsPerSecond) {
      this.permitsPerSecond = permitsPerSecond;
    }

    public Integer getBurst() {
      return burst;
    }

    public void setBurst(Integer burst) {
      this.burst = burst;
    }

    public Duration getMaxWait() {
      return maxWait;
    }

    public void setMaxWait(Duration maxWait) {
      this.maxWait = maxWait;
    }
  }
}
