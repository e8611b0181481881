package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.error.SdkException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches an expiring credential (an OAuth access token, a short-lived iconik token) and refreshes it ahead of
 * expiry, modelled on the AWS SDK's cached supplier.
 *
 * <ul>
 *   <li>A fetched credential is used until {@code expiresAt − min(prefetch + random(0, jitter), lifetime / 2)};
 *       then one caller refreshes while the others keep using the still-valid value. The lifetime is counted from
 *       the fetch, so a credential that lives no longer than the prefetch window is still used for half its life
 *       (a 3-second token is fetched again after 1.5 s, not on every call).
 *   <li>A credential the delegate returns already expired is refused with a {@link CredentialException}: it could
 *       only make every call fetch again.
 *   <li>When no valid value exists (first call, or expired), callers wait for a single refresher: 64 threads calling
 *       at once cause one fetch from the delegate.
 *   <li>If a refresh fails while the cached value is still valid, {@link RefreshFailurePolicy} decides: keep using
 *       it (default, logged at warn) or fail.
 *   <li>{@link #refreshAfterRejection(Credential)} forces one refresh after a server rejected a credential (a 401),
 *       without refreshing again if another thread already did.
 * </ul>
 *
 * <p>The cached path is a volatile read, {@link Clock#millis()} and a comparison of two {@code long}s: it allocates
 * nothing. Thread-safe. The clock is injectable for tests.
 */
public final class CachingCredentialsProvider implements CredentialsProvider {
  private static final Logger log = LoggerFactory.getLogger(CachingCredentialsProvider.class);

  /** What to do when a refresh fails while the cached credential has not expired yet. */
  public enum RefreshFailurePolicy {
    /** Keep returning the cached credential until it expires; log the failure at warn. */
    USE_CACHED_UNTIL_EXPIRY,
    /** Throw the refresh failure to the caller. */
    FAIL
  }

  /** A credential and when to refresh it, in epoch milliseconds. */
  private record Cached(Credential credential, long refreshAtMillis) {}

  private final CredentialsProvider delegate;
  private final Duration prefetch;
  private final Duration jitter;
  private final Clock clock;
  private final RefreshFailurePolicy failurePolicy;
  private final RefreshListener listener;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile Cached cached;

  private CachingCredentialsProvider(Builder b) {
    this.delegate = Objects.requireNonNull(b.delegate, "delegate == null");
    this.prefetch = b.prefetch;
    this.jitter = b.jitter;
    this.clock = b.clock;
    this.failurePolicy = b.failurePolicy;
    this.listener = b.listener;
  }

  public static Builder builder(CredentialsProvider delegate) {
    return new Builder(delegate);
  }

  @Override
  public Credential resolveCredential() {
    Cached current = cached;
    if (current != null && clock.millis() < current.refreshAtMillis()) {
      return current.credential();
    }
    if (current != null && !current.credential().isExpiredAt(clock.instant())) {
      // In the prefetch window: one caller refreshes, the others go on with the valid value.
      if (!refreshLock.tryLock()) {
        return current.credential();
      }
      try {
        Cached latest = cached;
        if (latest != current) {
          return latest.credential();
        }
        return refresh(current).credential();
      } catch (SdkException | IllegalArgumentException e) {
        if (failurePolicy == RefreshFailurePolicy.FAIL) {
          throw e;
        }
        log.warn("refresh of credential {} failed, using the cached value until {}: {}",
            current.credential().id(), current.credential().expiresAt(), e.getMessage());
        return current.credential();
      } finally {
        refreshLock.unlock();
      }
    }
    refreshLock.lock();
    try {
      Cached latest = cached;
      if (latest != null && latest != current && !latest.credential().isExpiredAt(clock.instant())) {
        return latest.credential();
      }
      return refresh(latest).credential();
    } finally {
      refreshLock.unlock();
    }
  }

  /**
   * Called after a server rejected {@code rejected} (e.g. HTTP 401): refreshes once, unless another thread already
   * replaced that credential, in which case the replacement is returned without another fetch.
   */
  public Credential refreshAfterRejection(Credential rejected) {
    refreshLock.lock();
    try {
      Cached latest = cached;
      if (latest != null && !latest.credential().equals(rejected)) {
        return latest.credential();
      }
      return refresh(latest).credential();
    } finally {
      refreshLock.unlock();
    }
  }

  /** Drops the cached credential; the next call fetches a new one. */
  public void invalidate() {
    cached = null;
  }

  private Cached refresh(Cached previous) {
    long started = System.nanoTime();
    Cached next;
    try {
      next = fetch(clock.millis());
    } catch (RuntimeException e) {
      tell(l -> l.refreshFailed(Duration.ofNanos(System.nanoTime() - started), e));
      throw e;
    }
    tell(l -> l.refreshed(Duration.ofNanos(System.nanoTime() - started)));
    Credential fresh = next.credential();
    log.debug("credential {} refreshed (previous {}), valid until {}",
        fresh.id(), previous == null ? "none" : "present", fresh.expiresAt());
    return next;
  }

  private Cached fetch(long now) {
    Credential fresh = delegate.resolveCredential();
    if (fresh == null) {
      throw new CredentialException(delegate + " returned no credential");
    }
    Cached next = new Cached(fresh, refreshTime(fresh, now));
    cached = next;
    return next;
  }

  private void tell(Consumer<RefreshListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      log.warn("credential refresh listener failed", e);
    }
  }

  /** When to refresh {@code credential}, fetched at {@code fetchedAt}: ahead by the window, at most half its life. */
  private long refreshTime(Credential credential, long fetchedAt) {
    if (credential.expiresAt() == null) {
      return Long.MAX_VALUE;
    }
    long expiresAt = epochMillis(credential.expiresAt());
    if (expiresAt <= clock.millis()) {
      throw new CredentialException(delegate + " returned credential " + credential.id() + " already expired (at "
          + credential.expiresAt() + ")");
    }
    long jitterMillis = jitter.isZero() ? 0 : ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1);
    long window = saturatedAdd(prefetch.toMillis(), jitterMillis);
    long ahead = Math.min(window, (expiresAt - Math.min(fetchedAt, expiresAt)) / 2);
    return expiresAt - ahead;
  }

  /** Epoch milliseconds of {@code instant}, saturated at the range of a {@code long}. */
  private static long epochMillis(Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException outOfRange) {
      return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  @Override
  public String toString() {
    return "caching " + delegate;
  }

  /** Builds a {@link CachingCredentialsProvider}. Not thread-safe. */
  public static final class Builder {
    private final CredentialsProvider delegate;
    private Duration prefetch = Duration.ofMinutes(1);
    private Duration jitter = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();
    private RefreshFailurePolicy failurePolicy = RefreshFailurePolicy.USE_CACHED_UNTIL_EXPIRY;
    private RefreshListener listener = RefreshListener.NONE;

    private Builder(CredentialsProvider delegate) {
      this.delegate = Objects.requireNonNull(delegate, "delegate == null");
    }

    /** How long before expiry a refresh starts. Default 1 minute. */
    public Builder prefetch(Duration prefetch) {
      this.prefetch = requireNonNegative(prefetch, "prefetch");
      return this;
    }

    /** Up to how much earlier, chosen at random per credential, the refresh starts. Default 10 seconds. */
    public Builder jitter(Duration jitter) {
      this.jitter = requireNonNegative(jitter, "jitter");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    public Builder refreshFailurePolicy(RefreshFailurePolicy policy) {
      this.failurePolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /** Told of every refresh and failed refresh, e.g. to count token requests. Default: none. */
    public Builder listener(RefreshListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    public CachingCredentialsProvider build() {
      return new CachingCredentialsProvider(this);
    }

    private static Duration requireNonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " is negative: " + d);
      }
      return d;
    }
  }
}
