package io.github.iconikopentext.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample as a user runs it: it starts on its embedded simulators, iconik delivers the approval webhook to it
 * over HTTP, the asset lands in the archive, and Actuator shows the transfer in the health and the meters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SampleApplicationTest {
  @TempDir
  static Path archive;

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    registry.add("iconik-opentext.template.values[archive_dir]", archive::toString);
  }

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void receivesTheWebhookFromTheSimulator_transfers_andShowsHealthAndMeters() throws Exception {
    String health = get("/actuator/health").body();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!health.contains("\"COMPLETED\":1") && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      health = get("/actuator/health").body();
    }

    assertThat(health).startsWith("{\"status\":\"UP\"")
        .contains("\"iconikOpenText\":{\"status\":\"UP\"")
        .contains("\"IconikReachable\":{\"status\":\"TRUE\"").contains("\"OpenTextReachable\":{\"status\":\"TRUE\"")
        .contains("\"TransfersHealthy\":{\"status\":\"TRUE\"").contains("\"COMPLETED\":1");
    try (Stream<Path> files = Files.walk(archive)) {
      assertThat(files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".mov")))
          .as("the approved asset's original, archived").hasSize(1);
    }
    HttpResponse<String> metrics = get("/actuator/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("\"jvm.memory.used\"").contains("\"http.server.requests\"")
        .contains("\"iconik.opentext.client.calls\"").contains("\"iconik.opentext.transfers\"");
    assertThat(get("/actuator/metrics/http.server.requests?tag=uri:/iconik/webhooks").statusCode())
        .as("the webhook request was metered").isEqualTo(200);
    assertThat(get("/actuator/info").body()).contains("\"approved-to-archive\"");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
