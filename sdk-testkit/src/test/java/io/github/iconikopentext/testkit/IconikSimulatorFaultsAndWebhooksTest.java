package io.github.iconikopentext.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.core.http.internal.SharedHttpClient;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import io.github.iconikopentext.iconik.model.WebhookStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Injected faults as the client experiences them, and webhook deliveries as a receiver sees them. */
class IconikSimulatorFaultsAndWebhooksTest {
  private static final IconikSimulator sim = IconikSimulator.start();

  @RegisterExtension
  static WireMockExtension receiver = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private IconikClient client(RetryPolicy retry) {
    return IconikClient.builder(sim.environment(), sim.credentials())
        .httpOptions(HttpOptions.builder().retryPolicy(retry).sleeper(waits::add)
            .readTimeout(Duration.ofMillis(300)).build())
        .build();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void tooManyRequestsWithRetryAfterIsHonoured() {
    String id = sim.seedAsset("Busy");
    sim.injectFault("/API/assets/v1/assets/.*", IconikFault.tooManyRequests(Duration.ofSeconds(2)), 1);

    assertThat(client(RetryPolicy.defaults()).assets().get(id).title()).isEqualTo("Busy");
    assertThat(waits).contains(Duration.ofSeconds(2));
  }

  @Test
  void tooManyRequestsWithoutRetryAfterBacksOffAndFinallySurfaces() {
    sim.injectFault("/API/assets/v1/assets/", IconikFault.tooManyRequests());

    assertThatThrownBy(() -> client(RetryPolicy.defaults().withMaxAttempts(3)).assets().list().stream().toList())
        .isInstanceOf(RateLimitException.class);
    assertThat(sim.requestCount("GET", "/API/assets/v1/assets/")).isEqualTo(3);
    assertThat(waits).hasSize(2).allSatisfy(d -> assertThat(d).isPositive());
  }

  @Test
  void aConnectionResetIsRetriedForReads() {
    String id = sim.seedAsset("Reset");
    sim.injectFault("/API/assets/v1/assets/" + id + "/", IconikFault.connectionReset(), 1);

    assertThat(client(RetryPolicy.defaults()).assets().get(id).id()).isEqualTo(id);
    assertThatThrownBy(() -> {
      sim.injectFault("/API/assets/v1/assets/" + id + "/", IconikFault.connectionReset(), 1);
      // A fresh connection: a reset on a pooled one would be sent again at once, below the retry policy.
      SharedHttpClient.get().connectionPool().evictAll();
      client(RetryPolicy.none()).assets().get(id);
    }).isInstanceOf(NetworkException.class);
  }

  @Test
  void aSlowAnswerTimesOutAndTheRetryGetsThrough() {
    String id = sim.seedAsset("Slow");
    sim.injectFault("/API/assets/v1/assets/" + id + "/", IconikFault.slow(Duration.ofSeconds(2)), 1);

    assertThat(client(RetryPolicy.defaults()).assets().get(id).title()).isEqualTo("Slow");
    assertThat(sim.requestCount("GET", "/API/assets/v1/assets/" + id + "/")).isEqualTo(2);
  }

  @Test
  void malformedJsonIsAnInvalidResponse() {
    sim.seedAsset("Garbled");
    sim.injectFault("/API/assets/v1/assets/", IconikFault.malformedJson(), 1);

    assertThatThrownBy(() -> client(RetryPolicy.none()).assets().list().stream().toList())
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aClosedFileIsDeliveredToTheRegisteredWebhookWithItsHeaders() throws IOException {
    receiver.stubFor(post("/hooks/iconik").willReturn(aResponse().withStatus(200)));
    IconikClient iconik = client(RetryPolicy.defaults());
    iconik.webhooks().create(WebhookRequest.builder(receiver.baseUrl() + "/hooks/iconik", "assets")
        .realm("files").operation("update").header("X-Iconik-Secret", "shared-secret").build());
    String assetId = iconik.assets().create(AssetRequest.titled("Delivered")).id();
    var format = iconik.files().createFormat(assetId, FormatRequest.named("ORIGINAL"));
    var fileSet = iconik.files().createFileSet(assetId, FileSetRequest.of("a.mp4", format.id(), "s", ""));
    var file = iconik.files().createFile(assetId, FileRequest.builder("a.mp4", fileSet.id()).build());

    iconik.files().closeFile(assetId, file.id());
    sim.awaitWebhookDeliveries(Duration.ofSeconds(10));

    List<LoggedRequest> deliveries = receiver.findAll(com.github.tomakehurst.wiremock.client.WireMock
        .postRequestedFor(urlEqualTo("/hooks/iconik")));
    assertThat(deliveries).hasSize(1);
    assertThat(deliveries.get(0).getHeader("X-Iconik-Secret")).isEqualTo("shared-secret");
    Map<String, Object> payload = parse(deliveries.get(0).getBodyAsString());
    assertThat(payload).containsEntry("system_domain_id", sim.systemDomainId())
        .containsEntry("event_type", "assets").containsEntry("realm", "files").containsEntry("operation", "update")
        .containsEntry("object_id", assetId).containsEntry("user_id", sim.userId())
        .containsKey("request_id");
    assertThat((Map<String, Object>) payload.get("data")).containsEntry("id", file.id()).containsEntry("status", "CLOSED");
  }

  @Test
  void aWebhookWhoseReceiverKeepsFailingTurnsFailing() {
    receiver.stubFor(post("/hooks/down").willReturn(aResponse().withStatus(500)));
    IconikClient iconik = client(RetryPolicy.defaults());
    var hook = iconik.webhooks().create(WebhookRequest.builder(receiver.baseUrl() + "/hooks/down", "assets")
        .realm("entity").build());

    for (int i = 0; i < 3; i++) {
      iconik.assets().create(AssetRequest.titled("Change " + i));
    }
    sim.awaitWebhookDeliveries(Duration.ofSeconds(10));

    var failing = iconik.webhooks().get(hook.id());
    assertThat(failing.status()).isEqualTo(WebhookStatus.FAILING);
    assertThat(failing.lastError()).contains("500");
    assertThat(sim.webhookDeliveries()).hasSize(3).noneMatch(IconikWebhookDelivery::succeeded);
  }

  @Test
  void anEventCanBeDeliveredDirectly() throws IOException {
    receiver.stubFor(post("/hooks/direct").willReturn(aResponse().withStatus(204)));
    IconikWebhookEvent event = new IconikWebhookEvent("collections", "contents", "create", "c1",
        Map.of("collection_id", "c1", "object_id", "a1", "object_type", "assets"));

    IconikWebhookDelivery delivery = sim.deliverWebhook(URI.create(receiver.baseUrl() + "/hooks/direct"), event,
        Map.of("X-Iconik-Secret", "s"));

    assertThat(delivery.status()).isEqualTo(204);
    assertThat(parse(delivery.payload())).containsEntry("event_type", "collections")
        .containsEntry("realm", "contents");
    assertThat(sim.deliverWebhook(URI.create("http://example.com/hook"), event, Map.of()).error())
        .contains("loopback");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) throws IOException {
    return (Map<String, Object>) Json.moshi().adapter(Object.class).fromJson(json);
  }
}
