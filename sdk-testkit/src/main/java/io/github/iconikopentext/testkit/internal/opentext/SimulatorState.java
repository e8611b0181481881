package io.github.iconikopentext.testkit.internal.opentext;

import io.github.iconikopentext.testkit.OpenTextFault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * What the OpenText simulator knows across requests: the accepted client, issued tokens, counters, injected faults
 * and the CMS rate window. Thread-safe (Jetty serves requests concurrently).
 */
public final class SimulatorState {
  private final String tenantId;
  private final String clientId;
  private volatile String clientSecret;
  private volatile Duration tokenLifetime;
  private final int cmsRequestsPerSecond;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, String> users = new ConcurrentHashMap<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
  private final List<FaultRule> faults = new CopyOnWriteArrayList<>();
  private final AtomicLong cmsWindowSecond = new AtomicLong();
  private final AtomicInteger cmsWindowCount = new AtomicInteger();
  private volatile boolean issueRefreshTokens;

  /** One injected fault: for requests whose path matches, the next {@code remaining} times. */
  record FaultRule(Pattern path, OpenTextFault fault, AtomicInteger remaining) {}

  public SimulatorState(String tenantId, String clientId, String clientSecret, Duration tokenLifetime,
      int cmsRequestsPerSecond) {
    this.tenantId = tenantId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.tokenLifetime = tokenLifetime;
    this.cmsRequestsPerSecond = cmsRequestsPerSecond;
  }

  public String tenantId() {
    return tenantId;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  /** Accepts {@code secret} from now on (the simulator's side of a secret regeneration). */
  public void rotateClientSecret(String secret) {
    this.clientSecret = secret;
  }

  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  public void tokenLifetime(Duration lifetime) {
    this.tokenLifetime = lifetime;
  }

  public void issueRefreshTokens(boolean issue) {
    this.issueRefreshTokens = issue;
  }

  boolean issuesRefreshTokens() {
    return issueRefreshTokens;
  }

  public void addUser(String username, String password) {
    users.put(username, password);
  }

  boolean userPasswordMatches(String username, String password) {
    return password != null && password.equals(users.get(username));
  }

  /** Issues an opaque token valid for the current lifetime. */
  String issueToken() {
    String token = "sim-" + UUID.randomUUID();
    tokens.put(token, clock.instant().plus(tokenLifetime));
    return token;
  }

  String issueRefreshToken() {
    String refresh = "sim-refresh-" + UUID.randomUUID();
    refreshTokens.put(refresh, clientId);
    return refresh;
  }

  boolean consumeRefreshToken(String refresh) {
    return refresh != null && refreshTokens.remove(refresh) != null;
  }

  boolean isValidToken(String token) {
    Instant expiry = token == null ? null : tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Makes every token issued so far invalid: the next service call gets a 401. */
  public void revokeAllTokens() {
    tokens.clear();
  }

  void countTokenRequest() {
    tokenRequests.incrementAndGet();
  }

  public int tokenRequests() {
    return tokenRequests.get();
  }

  void countRequest(String method, String path) {
    requestCounts.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
  }

  /** Requests so far with this method whose path matches {@code pathRegex}. */
  public int requestCount(String method, String pathRegex) {
    Pattern pattern = Pattern.compile(pathRegex);
    return requestCounts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(method + " ")
            && pattern.matcher(e.getKey().substring(method.length() + 1)).matches())
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  public void injectFault(String pathRegex, OpenTextFault fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    faults.add(new FaultRule(Pattern.compile(pathRegex), fault, new AtomicInteger(times)));
  }

  public void clearFaults() {
    faults.clear();
  }

  /** The first fault pending for {@code path}, without using it up, or {@code null}. */
  OpenTextFault peekFault(String path) {
    return faults.stream().filter(r -> r.remaining().get() > 0 && r.path().matcher(path).matches())
        .map(FaultRule::fault).findFirst().orElse(null);
  }

  /** Takes one use of the first pending fault for {@code path}, or returns {@code null}. */
  OpenTextFault takeFault(String path) {
    for (Iterator<FaultRule> it = faults.iterator(); it.hasNext(); ) {
      FaultRule rule = it.next();
      if (rule.path().matcher(path).matches() && rule.remaining().getAndDecrement() > 0) {
        return rule.fault();
      }
    }
    return null;
  }

  /** Counts one CMS request in the current one-second window; false when over the limit. */
  boolean admitCmsRequest() {
    if (cmsRequestsPerSecond <= 0) {
      return true;
    }
    long second = clock.millis() / 1000;
    long window = cmsWindowSecond.get();
    if (window != second && cmsWindowSecond.compareAndSet(window, second)) {
      cmsWindowCount.set(0);
    }
    return cmsWindowCount.incrementAndGet() <= cmsRequestsPerSecond;
  }
}
