package io.github.iconikopentext.testkit.junit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Delivers iconik webhooks to a receiver under test exactly as iconik would: iconik's JSON shape with the simulator's
 * system domain, user and a fresh {@code request_id}, plus the headers configured on the webhook (the shared secret),
 * or a signature ({@link #signedWith(WebhookSigner)}) for receivers behind a signing relay. {@link #resend(Sent)}
 * repeats a request byte for byte — iconik's at-least-once redelivery, or an attacker's replay.
 *
 * <p>Immutable and thread-safe: {@code with…} methods return a new sender.
 */
public final class WebhookSender {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final JsonAdapter<Map<String, Object>> JSON =
      Json.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final IconikSimulator iconik;
  private final HttpClient http;
  private final Map<String, String> headers;
  private final WebhookSigner signer;

  private WebhookSender(IconikSimulator iconik, HttpClient http, Map<String, String> headers, WebhookSigner signer) {
    this.iconik = iconik;
    this.http = http;
    this.headers = Map.copyOf(headers);
    this.signer = signer;
  }

  /** A sender of {@code iconik}'s deliveries, with no headers yet. */
  public static WebhookSender of(IconikSimulator iconik) {
    return new WebhookSender(Objects.requireNonNull(iconik, "iconik == null"),
        HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), Map.of(), null);
  }

  /** A sender that adds {@code name: value} to every delivery, e.g. the webhook's shared-secret header. */
  public WebhookSender withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
    return new WebhookSender(iconik, http, more, signer);
  }

  /** A sender that also signs every delivery with {@code signer} (e.g. Standard Webhooks). */
  public WebhookSender signedWith(WebhookSigner signer) {
    return new WebhookSender(iconik, http, headers, Objects.requireNonNull(signer, "signer == null"));
  }

  /**
   * POSTs {@code event} to {@code receiver} and returns what was sent and answered.
   *
   * @throws UncheckedIOException if the receiver cannot be reached
   */
  public Sent send(URI receiver, IconikWebhookEvent event) {
    String body = iconik.webhookPayload(event);
    Map<String, String> sent = new LinkedHashMap<>(headers);
    if (signer != null) {
      sent.putAll(signer.sign(body.getBytes(StandardCharsets.UTF_8)));
    }
    return post(receiver, body, sent);
  }

  /** Sends the very same request again: same body, same headers (and signature). */
  public Sent resend(Sent previous) {
    return post(previous.url(), previous.body(), previous.headers());
  }

  private Sent post(URI receiver, String body, Map<String, String> sent) {
    HttpRequest.Builder request = HttpRequest.newBuilder(receiver).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    sent.forEach(request::header);
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Sent(receiver, requestId(body), body, sent, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("webhook delivery to " + receiver + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering a webhook to " + receiver, e);
    }
  }

  private static String requestId(String body) {
    try {
      Map<String, Object> json = JSON.fromJson(body);
      return json == null ? null : (String) json.get("request_id");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One delivery as sent, and the receiver's answer. {@code toString()} shows header names only: their values may
   * be secrets.
   *
   * @param url where it went
   * @param requestId the delivery's {@code request_id}
   * @param body the JSON body
   * @param headers the headers sent (shared secret, signature)
   * @param status the receiver's HTTP status
   * @param response the receiver's response body
   */
  public record Sent(URI url, String requestId, String body, Map<String, String> headers, int status,
      String response) {
    public Sent {
      headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
      return "Sent[" + url + ", request_id=" + requestId + ", headers=" + headers.keySet() + ", status=" + status
          + "]";
    }
  }
}
