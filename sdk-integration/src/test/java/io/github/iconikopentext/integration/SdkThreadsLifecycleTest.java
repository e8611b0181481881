package io.github.iconikopentext.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.audit.AsyncAuditSink;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.testkit.IconikFault;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * No thread the SDK started outlives {@code close()}: the shared scheduler and HTTP dispatcher stop with the last
 * client closed (not before), transfer threads with the last transfer, audit threads with their sink. Runs in a JVM
 * of its own (surefire execution {@code thread-lifecycle}): in a JVM shared with tests that never close their
 * clients, the shared threads rightly keep running.
 */
@Tag("thread-lifecycle")
class SdkThreadsLifecycleTest {
  @TempDir
  java.nio.file.Path dir;

  interface Probe {
    @GET("API/assets/v1/assets/{id}/")
    CompletableFuture<Map<String, Object>> asset(@Path("id") String id);
  }

  /** The SDK's threads: its name prefix, and OkHttp dispatcher threads of ours while they run a call. */
  private static Set<String> sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("iconik-opentext-") || name.startsWith("OkHttp http"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everySdkThreadStopsWhenTheLastClientRuntimeAndSinkAreClosed_andStartsAgainForANewClient() throws Exception {
    assertThat(sdkThreads()).as("SDK threads before any client").isEmpty();
    Set<String> duringTransfer = ConcurrentHashMap.newKeySet();
    try (Systems env = Systems.start("dev")) {
      IconikClient iconik = env.iconik();
      OpenTextClient openText = env.openText();
      JsonLinesAuditSink log = JsonLinesAuditSink.builder(dir.resolve("audit.jsonl"),
              StaticCredentialsProvider.of("audit-key", "audit-hmac-key-0123456789abcdef-0123456789"))
          .checkpointInterval(Duration.ofMillis(50)).build();
      AsyncAuditSink audit = AsyncAuditSink.builder(log).build();
      IntegrationRuntime runtime = IntegrationRuntime.builder(env.template(), iconik)
          .openText(openText)
          .secretResolvers(env.resolvers())
          .audit(AuditContext.builder(audit).environment("dev").build())
          .build();
      // An async call that is retried: its second attempt is re-submitted from the scheduler thread.
      HttpStack probeStack = HttpStack.builder("probe", IconikEnvironment.baseUrl(env.iconikSim().environment()))
          .options(HttpOptions.builder()
              .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2).withBackoff(Duration.ofMillis(1),
                  Duration.ofMillis(1)))
              .build())
          .build();
      env.iconikSim().injectFault(".*/assets/probe/", new IconikFault.ServerError(503), 1);
      probeStack.create(Probe.class).asset("probe").handle((v, e) -> null).get(10, TimeUnit.SECONDS);
      // A transfer: its pipeline stages run on transfer threads while the target reads.
      String assetId = env.iconikSim().seedAsset("Trailer");
      env.iconikSim().seedFile(assetId, "trailer.mov", "frame".repeat(200_000).getBytes(StandardCharsets.UTF_8));
      TransferResult outcome = AssetTransfer.builder(iconik).build()
          .transfer(assetId, "ORIGINAL", new RecordingTarget(duringTransfer));
      assertThat(outcome.state()).isEqualTo(TransferResult.State.COMPLETED);
      runtime.receive(WebhookHeaders.of(Map.of()), "{}".getBytes(StandardCharsets.UTF_8)); // audited: rejected

      assertThat(duringTransfer).as("threads while the transfer ran")
          .anyMatch(name -> name.startsWith("iconik-opentext-transfer-"));
      assertThat(sdkThreads()).as("threads while the clients are open")
          .contains("iconik-opentext-scheduler-1", "iconik-opentext-audit-async", "iconik-opentext-audit-log-1")
          .anyMatch(name -> name.startsWith("iconik-opentext-http-"))
          .noneMatch(name -> name.startsWith("iconik-opentext-transfer-")); // ended with the transfer

      iconik.close();
      runtime.close();
      probeStack.close();
      assertThat(sdkThreads()).as("threads while one client is still open")
          .contains("iconik-opentext-scheduler-1").anyMatch(name -> name.startsWith("iconik-opentext-http-"));

      openText.close();
      audit.close();
      assertThat(sdkThreads()).as("threads after the last close()").isEmpty();

      // A client built afterwards gets fresh threads, which stop when it is closed.
      try (IconikClient again = IconikClient.builder(env.iconikSim().environment(), env.iconikSim().credentials())
          .build()) {
        assertThat(again.assets().get(assetId).id()).isEqualTo(assetId);
      }
      assertThat(sdkThreads()).as("threads after the new client was closed").isEmpty();
      openText.close(); // idempotent
      assertThat(sdkThreads()).isEmpty();
    }
  }

  /** Drains the content, noting the SDK threads that run meanwhile (the pipeline's stages). */
  private static final class RecordingTarget implements TransferTarget {
    private final Set<String> seen;

    RecordingTarget(Set<String> seen) {
      this.seen = seen;
    }

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public String write(TransferItem item, InputStream content, long offset) throws java.io.IOException {
      seen.addAll(sdkThreads());
      content.transferTo(OutputStream.nullOutputStream());
      seen.addAll(sdkThreads());
      return "handle";
    }

    @Override
    public String commit(TransferItem item, String handle, VerifiedContent content) {
      return "stored";
    }

    @Override
    public void discard(TransferItem item, String handle) {}
  }
}
