package io.github.iconikopentext.testkit.junit;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@SimulatedIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatedIntegrationTestTest {
  private static final List<Object> SEEN = new CopyOnWriteArrayList<>();
  private static HttpServer receiver;
  private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/", exchange -> {
      RECEIVED.add(Map.of("secret", String.valueOf(exchange.getRequestHeaders().getFirst("X-Secret")),
          "signature", String.valueOf(exchange.getRequestHeaders().getFirst("webhook-signature"))));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  @Order(1)
  void injectsSimulators_clientsConfiguredForThem_andTheirEnvironment(IconikSimulator iconik,
      OpenTextSimulator openText, IconikClient iconikClient, OpenTextClient openTextClient, Environment env) {
    String assetId = iconik.seedAsset("Seeded");

    assertThat(iconikClient.assets().get(assetId).title()).isEqualTo("Seeded");
    assertThat(openTextClient.tokens().resolveCredential().id()).isEqualTo(openText.clientId());
    assertThat(IconikEnvironment.baseUrl(env)).isEqualTo(iconik.baseUrl());
    assertThat(OpenTextEnvironment.baseUrl(env).toString()).isEqualTo(openText.baseUrl());
    SEEN.add(iconik);
  }

  @Test
  @Order(2)
  void theSameSimulatorsServeEveryTestOfTheClass(IconikSimulator iconik) {
    assertThat(SEEN).singleElement().isSameAs(iconik);
  }

  @Test
  @Order(3)
  void faults_failTheNextCalls_andRetriesAreRecordedNotSlept(IconikSimulator iconik, IconikClient client,
      SimulatorFaults faults) {
    String assetId = iconik.seedAsset("Flaky");
    faults.iconik("/API/assets/v1/assets/" + assetId + "/", IconikFault.serverError(503), 2);

    assertThat(client.assets().get(assetId).id()).isEqualTo(assetId);
    assertThat(faults.retryWaits()).hasSize(2).allMatch(d -> d.compareTo(Duration.ZERO) > 0);
    faults.iconik("/API/assets/v1/assets/.*", IconikFault.serverError(500), 1); // left for the next test
  }

  @Test
  @Order(4)
  void faultsAndWaits_areClearedAfterEachTest(IconikSimulator iconik, IconikClient client, SimulatorFaults faults) {
    String assetId = iconik.seedAsset("Healthy");

    assertThat(client.assets().get(assetId).id()).isEqualTo(assetId);
    assertThat(faults.retryWaits()).isEmpty();
  }

  @Test
  @Order(5)
  void theWebhookSender_deliversIconikDeliveries_withHeaders_signed_andAgain(WebhookSender webhooks,
      IconikSimulator iconik) {
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    IconikWebhookEvent event = new IconikWebhookEvent("assets", "entity", "update", "a-1", Map.of("title", "t"));
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks())
        .secret(WebhookSigner.newStandardWebhooksSecret()).build();

    WebhookSender.Sent sent = webhooks.withHeader("X-Secret", "s3cret").signedWith(signer).send(url, event);
    WebhookSender.Sent again = webhooks.resend(sent);

    assertThat(sent.status()).isEqualTo(204);
    assertThat(sent.body()).contains("\"system_domain_id\":\"" + iconik.systemDomainId() + "\"",
        "\"request_id\":\"" + sent.requestId() + "\"");
    assertThat(again.body()).isEqualTo(sent.body());
    assertThat(RECEIVED).hasSize(2).allSatisfy(h -> {
      assertThat(h.get("secret")).isEqualTo("s3cret");
      assertThat(h.get("signature")).startsWith("v1,");
    });
    assertThat(sent.toString()).doesNotContain("s3cret");
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheEnclosingClassesSimulators(IconikSimulator iconik) {
      assertThat(SEEN).singleElement().isSameAs(iconik);
    }
  }

}
