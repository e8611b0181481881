package io.github.iconikopentext.examples.demo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends iconik webhook deliveries to the demo's receiver exactly as iconik does — iconik's JSON shape, its system
 * domain and user, a fresh {@code request_id}, and the shared-secret header configured in the template's webhook —
 * when iconik itself cannot reach the receiver (real services and a loopback receiver), and replays deliveries.
 * Also uploads file content to an upload URL. Not thread-safe to configure. (Tests use the testkit's
 * {@code WebhookSender}, which needs a simulator; the demo also runs against the real services.)
 */
final class DemoDeliveries {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final JsonAdapter<Map<String, Object>> JSON =
      Json.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final String systemDomainId;
  private final String userId;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private URI url;
  private String headerName;
  private String secret;

  /** A request as sent: its body and headers. {@code toString()} never shows the secret header. */
  record Delivery(String requestId, byte[] body, Map<String, String> headers) {
    Delivery withSecret(String other) {
      Map<String, String> changed = new LinkedHashMap<>();
      headers.forEach((name, value) -> changed.put(name, other));
      return new Delivery(requestId, body, changed);
    }

    @Override
    public String toString() {
      return "Delivery[request_id=" + requestId + ", " + body.length + " bytes]";
    }
  }

  /** The receiver's answer. */
  record Response(int status, String text) {}

  DemoDeliveries(String systemDomainId, String userId) {
    this.systemDomainId = Objects.requireNonNull(systemDomainId, "systemDomainId == null");
    this.userId = userId;
  }

  /** Sends to {@code url} with the shared-secret header of the template's first webhook. */
  void target(String url, IntegrationTemplate template, SecretResolvers resolvers) {
    TemplateModel.SecretHeader header = template.iconik().webhooks().get(0).secretHeader();
    this.url = URI.create(url);
    this.headerName = header.name();
    this.secret = resolvers.resolve(header.secret()).reveal();
  }

  String systemDomainId() {
    return systemDomainId;
  }

  String headerName() {
    return headerName;
  }

  /** The delivery iconik sends when an asset's approval becomes APPROVED. */
  Delivery approvalGranted(String assetId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("object_type", "assets");
    data.put("object_id", assetId);
    data.put("status", "APPROVED");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("system_domain_id", systemDomainId);
    body.put("event_type", "assets");
    body.put("realm", "approvals");
    body.put("operation", "update");
    body.put("object_id", assetId);
    body.put("user_id", userId);
    body.put("request_id", UUID.randomUUID().toString());
    body.put("data", data);
    return delivery(JSON.toJson(body));
  }

  /** A delivery of {@code payload} (iconik's JSON, e.g. one iconik sent) with the shared-secret header. */
  Delivery delivery(String payload) {
    Map<String, Object> json;
    try {
      json = JSON.fromJson(payload);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an iconik delivery: " + e.getMessage(), e);
    }
    String requestId = json == null ? null : String.valueOf(json.get("request_id"));
    return new Delivery(requestId, payload.getBytes(StandardCharsets.UTF_8), Map.of(headerName, secret));
  }

  /** POSTs {@code delivery} and returns the receiver's answer. */
  Response send(Delivery delivery) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
    delivery.headers().forEach(request::header);
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body());
  }

  /** PUTs {@code content} to an upload URL iconik returned for a file (a single request, no multipart). */
  static void upload(String uploadUrl, byte[] content) throws IOException, InterruptedException {
    HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uploadUrl))
        .timeout(TIMEOUT).PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
        HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("upload answered HTTP " + response.statusCode());
    }
  }
}
