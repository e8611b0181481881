package io.github.iconikopentext.opentext;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared fixtures of the sdk-opentext tests. */
public final class TestSupport {
  public static final String TENANT = "tenant-1";
  public static final String CLIENT_ID = "client-1";
  public static final String CLIENT_SECRET = "s3cr3t-client-value";

  private TestSupport() {}

  public static Environment environment(String baseUrl) {
    return Environment.builder("test").endpoint(OpenTextEnvironment.ENDPOINT, baseUrl).setting(OpenTextEnvironment.TENANT_ID, TENANT).build();
  }

  public static StaticCredentialsProvider client() {
    return StaticCredentialsProvider.of(CLIENT_ID, CLIENT_SECRET);
  }

  /** Options whose waits are recorded instead of slept, on the given clock. */
  public static HttpOptions options(Clock clock, Sleeper sleeper) {
    return HttpOptions.builder()
        .clock(clock)
        .sleeper(sleeper)
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .build();
  }

  public static String tokenJson(String token, long expiresIn) {
    return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}";
  }

  /** A clock the test moves by hand. */
  public static final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(Instant start) {
      this.now = start;
    }

    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** A sleeper that records the waits and returns at once. */
  public static final class RecordingSleeper implements Sleeper {
    public final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }
}
