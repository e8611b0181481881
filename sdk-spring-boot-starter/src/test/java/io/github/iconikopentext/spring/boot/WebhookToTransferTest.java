package io.github.iconikopentext.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookDelivery;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a running Spring Boot application: the iconik simulator delivers a webhook with its shared secret
 * over real HTTP to the auto-configured endpoint, the runtime transfers the approved asset to the archive directory,
 * and Actuator's health shows the transfer; the SDK's meters (sdk-micrometer) and spans (sdk-opentelemetry) are wired
 * because the application has a {@code MeterRegistry} (Actuator's) and an {@code OpenTelemetry} bean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = WebhookToTransferTest.App.class,
    properties = {
        "iconik-opentext.webhook.path=/hooks/iconik",
        "iconik-opentext.credentials.iconik.secret=env:ICONIK_AUTH_TOKEN",
        "iconik-opentext.template.location=classpath:integration/approved-to-archive.json",
        "iconik-opentext.template.values[receiver_url]=http://127.0.0.1",
        "management.endpoints.web.exposure.include=health,info,metrics",
        "management.endpoint.health.show-details=always"})
@DirtiesContext
class WebhookToTransferTest {
  private static final String WEBHOOK_SECRET = "hook-secret-for-this-test-only";
  private static final IconikSimulator ICONIK = IconikSimulator.start();
  private static final Path ARCHIVE = tempDir();
  private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    /** The application's OpenTelemetry: the starter adds the SDK's spans to it. */
    @Bean
    OpenTelemetry openTelemetry() {
      return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build()).build();
    }

    /** The secrets the properties and the template refer to, as this test's "environment variables". */
    @Bean
    SecretResolvers secretResolvers() {
      return SecretResolvers.builder().environment(Map.of("ICONIK_AUTH_TOKEN", ICONIK.authToken(),
          "ICONIK_WEBHOOK_SECRET", WEBHOOK_SECRET)).build();
    }
  }

  @DynamicPropertySource
  static void simulator(DynamicPropertyRegistry registry) {
    registry.add("iconik-opentext.environments.dev.endpoints.iconik", () -> ICONIK.baseUrl().toString());
    registry.add("iconik-opentext.credentials.iconik.id", ICONIK::appId);
    registry.add("iconik-opentext.template.values[iconik_app_id]", ICONIK::appId);
    registry.add("iconik-opentext.template.values[archive_dir]", ARCHIVE::toString);
    registry.add("iconik-opentext.template.expected-system-domain-id", ICONIK::systemDomainId);
  }

  @AfterAll
  static void stopSimulator() {
    ICONIK.close();
  }

  @LocalServerPort
  int port;

  @Autowired
  IconikClient iconik;

  @Test
  void aDeliveryWithTheSharedSecret_transfersTheApprovedAsset_andHealthShowsIt() throws Exception {
    String assetId = ICONIK.seedAsset("Launch film");
    byte[] content = "frames…".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    ICONIK.seedFile(assetId, "launch.mov", content);
    iconik.assets().requestApproval(assetId, ApprovalRequest.ofUsers(ICONIK.userId()));
    iconik.assets().setApproval(assetId, ApprovalStatus.APPROVED);
    URI endpoint = URI.create("http://127.0.0.1:" + port + "/hooks/iconik");
    IconikWebhookEvent approved = new IconikWebhookEvent("assets", "approvals", "update", assetId,
        Map.of("object_type", "assets", "object_id", assetId, "status", "APPROVED"));

    IconikWebhookDelivery forged = ICONIK.deliverWebhook(endpoint, approved, Map.of("X-Iconik-Secret", "guess"));
    assertThat(archived()).as("nothing transferred for a forged delivery").isEmpty();
    IconikWebhookDelivery delivery = ICONIK.deliverWebhook(endpoint, approved,
        Map.of("X-Iconik-Secret", WEBHOOK_SECRET));

    assertThat(forged.succeeded()).isFalse();
    assertThat(forged.status()).isEqualTo(401);
    assertThat(delivery.status()).as("delivery %s", delivery.error()).isEqualTo(200);
    assertThat(archived()).singleElement().satisfies(file -> {
      assertThat(Files.readAllBytes(file)).isEqualTo(content);
      assertThat(FileSystemTarget.sidecarOf(file)).as("the mapped metadata beside it").isRegularFile();
    });

    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"iconikOpenText\":{\"status\":\"UP\"")
        .contains("\"TransfersHealthy\":{\"status\":\"TRUE\"").contains("\"COMPLETED\":1")
        .contains("\"assetId\":\"" + assetId + "\"")
        .doesNotContain(WEBHOOK_SECRET).doesNotContain(ICONIK.authToken());
    HttpResponse<String> oversized = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(oversized.statusCode()).isEqualTo(413);
    assertThat(oversized.body()).isEqualTo("TOO_LARGE");
    assertThat(get("/actuator/info").body()).contains("\"name\":\"approved-to-archive\"")
        .contains("\"environment\":\"dev\"").doesNotContain(ICONIK.baseUrl().toString());

    assertThat(get("/actuator/metrics/iconik.opentext.transfers?tag=outcome:completed").body())
        .contains("{\"statistic\":\"COUNT\",\"value\":1.0}");
    assertThat(get("/actuator/metrics/iconik.opentext.client.calls").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/metrics/iconik.opentext.webhook.verifications?tag=outcome:accepted").statusCode())
        .isEqualTo(200);
    List<SpanData> spans = SPANS.getFinishedSpanItems();
    assertThat(spans).extracting(SpanData::getName).contains("transfer archive");
    SpanData transfer = spans.stream().filter(span -> span.getName().equals("transfer archive")).findFirst()
        .orElseThrow();
    assertThat(spans).filteredOn(span -> span.getTraceId().equals(transfer.getTraceId()))
        .extracting(SpanData::getName)
        .contains("receive iconik webhook", "route ApprovalGranted")
        .anySatisfy(name -> assertThat(name).startsWith("GET /API/files/v1/assets/"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<Path> archived() throws IOException {
    try (Stream<Path> files = Files.walk(ARCHIVE)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().endsWith(FileSystemTarget.SIDECAR_SUFFIX)).toList();
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("starter-archive");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
