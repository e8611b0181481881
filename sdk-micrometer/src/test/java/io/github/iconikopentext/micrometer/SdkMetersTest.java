package io.github.iconikopentext.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.audit.AsyncAuditSink;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The meters of calls, retries, rate-limit waits, token refreshes and the audit queue, against the simulators. */
class SdkMetersTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final SdkMeters meters = SdkMeters.bindTo(registry);
  private final IconikSimulator iconikSim = IconikSimulator.start();

  @AfterEach
  void stop() {
    iconikSim.close();
  }

  private IconikClient iconik(HttpOptions.Builder options) {
    return IconikClient.builder(iconikSim.environment(), iconikSim.credentials())
        .httpOptions(options.sleeper(d -> { }).addCallListener(meters.callListener()).build()).build();
  }

  @Test
  void aCallRetriedAfterA503_isTimedOnceAsSuccess_andItsRetryCounted() {
    String assetId = iconikSim.seedAsset("Launch film");
    iconikSim.injectFault("/API/assets/v1/assets/" + assetId + "/?", IconikFault.serverError(503), 1);
    try (IconikClient client = iconik(HttpOptions.builder())) {
      client.assets().get(assetId);
    }

    Timer calls = registry.get(SdkMeters.CLIENT_CALLS).tag("client", "iconik")
        .tag("operation", "AssetsApi.get").tag("method", "GET").tag("outcome", "SUCCESS")
        .tag("status.class", "2xx").tag("exception", "none").timer();
    assertThat(calls.count()).isEqualTo(1);
    assertThat(registry.get(SdkMeters.CLIENT_RETRIES).tag("operation", "AssetsApi.get")
        .tag("exception", "ServerException").counter().count()).isEqualTo(1);
  }

  @Test
  void aFailedCall_isTimedWithItsStatusClassAndException() {
    try (IconikClient client = iconik(HttpOptions.builder())) {
      assertThatThrownBy(() -> client.assets().get("00000000-0000-0000-0000-000000000000"))
          .isInstanceOf(ApiException.class);
    }

    assertThat(registry.get(SdkMeters.CLIENT_CALLS).tag("operation", "AssetsApi.get")
        .tag("outcome", "CLIENT_ERROR").tag("status.class", "4xx").tag("exception", "NotFoundException")
        .timer().count()).isEqualTo(1);
  }

  @Test
  void callsBeyondTheClientSideRateLimit_recordTheirWaits() {
    String assetId = iconikSim.seedAsset("Launch film");
    try (IconikClient client = iconik(HttpOptions.builder().rateLimit(RateLimit.perSecond(1).withBurst(1)))) {
      for (int i = 0; i < 3; i++) {
        client.assets().get(assetId);
      }
    }

    Timer waits = registry.get(SdkMeters.CLIENT_RATE_LIMIT_WAITS).tag("client", "iconik")
        .tag("operation", "AssetsApi.get").timer();
    assertThat(waits.count()).isEqualTo(2);
    assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isGreaterThan(500);
  }

  @Test
  void tokenRefreshes_areTimedByOutcome() {
    try (OpenTextSimulator openText = OpenTextSimulator.start();
        OpenTextTokenManager tokens = OpenTextTokenManager.builder()
            .refreshListener(meters.tokenRefreshListener()).build()) {
      tokens.tokens(openText.environment("dev"), OpenTextAuth.clientCredentials(openText.clientCredentials()))
          .resolveCredential();
      var wrongSecret = tokens.tokens(openText.environment("dev"), OpenTextAuth.clientCredentials(
          StaticCredentialsProvider.of("another-client", "not-its-secret")));
      assertThatThrownBy(wrongSecret::resolveCredential).isInstanceOf(RuntimeException.class);
    }

    assertThat(registry.get(SdkMeters.TOKEN_REFRESHES).tag("outcome", "success").timer().count()).isEqualTo(1);
    assertThat(registry.get(SdkMeters.TOKEN_REFRESHES).tag("outcome", "failure").timer().count()).isEqualTo(1);
  }

  @Test
  void theAuditQueueGauge_readsTheEventsWaitingForTheSink() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AuditSink slow = new AuditSink() {
      @Override
      public void write(AuditEvent event) {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    try (AsyncAuditSink sink = AsyncAuditSink.builder(slow).capacity(16).build()) {
      meters.monitor(sink, "trail");
      for (int i = 0; i < 4; i++) {
        sink.write(AuditEvent.builder(AuditAction.ASSET_READ).environment("dev").time(Instant.now()).build());
      }
      // the wrapped sink is stuck in write(): none of the four is written yet
      awaitGauge(4);
      assertThat(registry.get(SdkMeters.AUDIT_QUEUE_CAPACITY).tag("sink", "trail").gauge().value()).isEqualTo(16);
      release.countDown();
      sink.flush();
      assertThat(registry.get(SdkMeters.AUDIT_QUEUE_DEPTH).tag("sink", "trail").gauge().value()).isZero();
    }
  }

  private void awaitGauge(double expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (registry.get(SdkMeters.AUDIT_QUEUE_DEPTH).tag("sink", "trail").gauge().value() != expected
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(registry.get(SdkMeters.AUDIT_QUEUE_DEPTH).tag("sink", "trail").gauge().value()).isEqualTo(expected);
  }
}
