package io.github.iconikopentext.integration.routing;

import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.http.internal.ErrorMapper;
import io.github.iconikopentext.core.http.internal.SharedHttpClient;
import io.github.iconikopentext.core.internal.UrlText;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs each notification as JSON to an HTTP endpoint, signed with Standard Webhooks ({@code webhook-id} = the
 * notification id, so a receiver de-duplicates retries). Non-2xx answers raise the matching
 * {@link io.github.iconikopentext.core.error.ApiException}. Thread-safe.
 */
public final class SignedHttpNotifier implements Notifier {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final JsonAdapter<Notification> ADAPTER = Json.moshi().adapter(Notification.class);

  private final HttpUrl url;
  private final WebhookSigner signer;
  private final OkHttpClient client;
  private final Clock clock;

  /**
   * @param url the receiver
   * @param secret a Standard Webhooks secret ({@code whsec_…})
   */
  public SignedHttpNotifier(String url, Secret secret, Clock clock) {
    this.url = HttpUrl.parse(Objects.requireNonNull(url, "url == null"));
    if (this.url == null) {
      throw new ConfigurationException("notifier URL " + UrlText.describe(url) + " is not an http(s) URL");
    }
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(secret).clock(clock).build();
    // A redirected POST must not be re-sent elsewhere or pass for delivered: a 3xx is a RedirectException.
    this.client = SharedHttpClient.get().newBuilder().followRedirects(false).build();
  }

  @Override
  public void notify(Notification notification) {
    byte[] body = ADAPTER.toJson(notification).getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = signer.sign(notification.id(), clock.instant(), body);
    Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(body, JSON));
    headers.forEach(request::header);
    try (Response response = client.newCall(request.build()).execute()) {
      if (!response.isSuccessful()) {
        throw ErrorMapper.map(response, response.body(), clock);
      }
    } catch (IOException e) {
      throw new NetworkException("POST " + url.encodedPath() + " (notification " + notification.id() + ") failed: "
          + e, e);
    }
  }

  @Override
  public String toString() {
    return "signed HTTP notifier to " + url.host() + url.encodedPath();
  }
}
