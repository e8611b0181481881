package io.github.iconikopentext.iconik.webhook.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the receiver shown in docs/webhooks.md over loopback HTTP, and checks the doc still shows it verbatim. */
class IconikWebhookReceiverTest {
  static final Secret SECRET = Secret.of("receiver-test-shared-secret");
  static final String DOMAIN = "7b1e9a56-0f9c-11ef-8a4f-0242ac130004";
  static final String UPLOAD = """
      {"system_domain_id": "%s", "event_type": "assets", "realm": "files", "operation": "update",
       "object_id": "asset-1", "request_id": "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
       "data": {"id": "file-1", "asset_id": "asset-1", "status": "CLOSED"}}
      """.formatted(DOMAIN);

  private final List<AssetEvent> received = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;
  private URI endpoint;

  @BeforeEach
  void start() throws IOException {
    server = IconikWebhookReceiver.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SECRET, DOMAIN,
        received::add);
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/iconik/webhook");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private int post(String secretHeader, String secret, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) {
      request.header(secretHeader, secret);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void acceptsAGenuineDeliveryOnceAndAnswersItsRedeliveryOk() throws Exception {
    byte[] body = UPLOAD.getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(post("X-Iconik-Secret", SECRET.reveal(), body)).isEqualTo(200);
    assertThat(post("x-iconik-secret", SECRET.reveal(), body)).isEqualTo(200);

    assertThat(received).singleElement().isInstanceOfSatisfying(AssetEvent.UploadCompleted.class,
        upload -> assertThat(upload.assetId()).isEqualTo("asset-1"));
  }

  @Test
  void refusesForgedForeignMalformedAndOversizedRequests() throws Exception {
    byte[] body = UPLOAD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] foreign = UPLOAD.replace(DOMAIN, "someone-else").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(post("X-Iconik-Secret", "wrong", body)).isEqualTo(401);
    assertThat(post("X-Iconik-Secret", null, body)).isEqualTo(401);
    assertThat(post("X-Iconik-Secret", SECRET.reveal(), foreign)).isEqualTo(403);
    assertThat(post("X-Iconik-Secret", SECRET.reveal(), "{oops".getBytes())).isEqualTo(400);
    assertThat(post("X-Iconik-Secret", SECRET.reveal(), new byte[1024 * 1024 + 32 * 1024])).isEqualTo(413);
    assertThat(client.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode()).isEqualTo(405);
    assertThat(received).isEmpty();
  }

  @Test
  void docsShowThisReceiverVerbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/iconikopentext/iconik/webhook/example/"
        + "IconikWebhookReceiver.java"));
    String doc = Files.readString(Path.of("../docs/webhooks.md"));

    assertThat(doc).contains("```java\n" + source + "```\n");
  }
}
