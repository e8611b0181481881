package io.github.iconikopentext.spring.boot.web;

import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.IntegrationRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook endpoint iconik delivers to: {@code POST ${iconik-opentext.webhook.path}} (default
 * {@code /iconik/webhooks}). It hands the raw body bytes — never re-encoded, so the shared secret or signature is
 * checked against exactly what was sent — and the headers to {@link IntegrationRuntime#receive}, and answers with
 * the {@link WebhookResult}'s HTTP status and its outcome's name as plain text (never the detail, which would tell
 * a forger why a request failed).
 *
 * <p>At most {@link WebhookVerifier#DEFAULT_MAX_BODY_BYTES} bytes plus one are read: a longer body is answered 413
 * without being read into memory. Thread-safe.
 */
@RestController
public class IconikWebhookController {
  private final IntegrationRuntime runtime;

  public IconikWebhookController(IntegrationRuntime runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime == null");
  }

  /**
   * Receives one delivery.
   *
   * @param headers the request headers
   * @param body the request body, read here up to the size limit
   * @return the status iconik should see: 2xx when it should not retry
   * @throws IOException when reading the body fails
   */
  @PostMapping(path = "${iconik-opentext.webhook.path:/iconik/webhooks}")
  public ResponseEntity<String> receive(@RequestHeader HttpHeaders headers, InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(WebhookVerifier.DEFAULT_MAX_BODY_BYTES + 1);
    WebhookResult result = runtime.receive(WebhookHeaders.ofMultiValued(headers), bytes);
    return ResponseEntity.status(result.httpStatus()).contentType(MediaType.TEXT_PLAIN)
        .body(result.outcome().name());
  }
}
