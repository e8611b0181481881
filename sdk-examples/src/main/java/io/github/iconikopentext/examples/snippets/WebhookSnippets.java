package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.VerifiedWebhook;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import io.github.iconikopentext.iconik.model.AssetType;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * docs/webhooks.md (the complete JDK receiver is {@code IconikWebhookReceiver} in sdk-iconik's example package). The
 * servlet and Spring snippets are compiled against minimal stand-ins with the same signatures as the Servlet API and
 * Spring Web, declared at the end, so the SDK calls in them are checked without either framework on the classpath.
 */
final class WebhookSnippets {
  private final IconikWebhookHandler handler;

  WebhookSnippets(IconikWebhookHandler handler) {
    this.handler = handler;
  }

  /** Listeners for the events integrations trigger on: shares, collection contents, new assets and subclips. */
  static IconikWebhookHandler realWorldListeners(Secret secret) {
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecret("X-Iconik-Secret", secret)
        .on(AssetEvent.ShareCreated.class, shared -> log("shared " + shared.objectType() + " " + shared.objectId()
            + " by " + shared.share().ownerId() + " until " + shared.share().expires()))
        .on(AssetEvent.CollectionContentAdded.class, added -> {
          if (added.assetId() != null) {
            index(added.collectionId(), added.assetId());
          }
        })
        .on(AssetEvent.AssetCreated.class, created -> {
          if (created.asset().type() == AssetType.SUBCLIP) {
            clip(created.asset().originalAssetId(), created.asset().timeStartMilliseconds(),
                created.asset().timeEndMilliseconds());
          }
        })
        .build();
    return handler;
  }

  private static void log(String line) {
    System.out.println(line);
  }

  private static void index(String collectionId, String assetId) {
    log(collectionId + " holds " + assetId);
  }

  private static void clip(String originalAssetId, Long startMilliseconds, Long endMilliseconds) {
    log("subclip of " + originalAssetId + " " + startMilliseconds + "–" + endMilliseconds);
  }

  /** In a servlet. */
  final class Servlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
      WebhookResult result = handler.handle(request::getHeader, request.getInputStream());
      response.setStatus(result.httpStatus());
    }
  }

  /** In a Spring controller. */
  final class Controller {
    @PostMapping("/iconik/webhook")
    ResponseEntity<Void> receive(@RequestHeader HttpHeaders headers, @RequestBody byte[] body) {
      WebhookResult result = handler.handle(headers::getFirst, body);
      return ResponseEntity.status(result.httpStatus()).build();
    }
  }

  IconikWebhookHandler rotation(Secret newSecret, Secret oldSecret, String systemDomainId) {
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecrets("X-Iconik-Secret", List.of(newSecret, oldSecret))
        .expectedSystemDomainId(systemDomainId)
        .on(AssetEvent.class, this::onEvent)
        .build();
    return handler;
  }

  static VerifiedWebhook relay(String messageId, byte[] body, HttpServletRequest request, byte[] rawBodyBytes) {
    Secret relaySecret = WebhookSigner.newStandardWebhooksSecret();   // share once with the consumer
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(relaySecret).build();
    Map<String, String> headers = signer.sign(messageId, Instant.now(), body);   // webhook-id, -timestamp, -signature

    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.standardWebhooks()).secret(relaySecret).build();
    VerifiedWebhook verified = verifier.verify(request::getHeader, rawBodyBytes);
    System.out.println(headers.keySet());
    return verified;
  }

  private void onEvent(AssetEvent event) {
    System.out.println(event.delivery());
  }

  // Stand-ins with the signatures of jakarta.servlet.http and org.springframework.web / .http.

  abstract static class HttpServlet {
    protected abstract void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  interface HttpServletRequest {
    String getHeader(String name);

    InputStream getInputStream() throws IOException;
  }

  interface HttpServletResponse {
    void setStatus(int status);
  }

  interface HttpHeaders {
    String getFirst(String headerName);
  }

  @interface PostMapping {
    String[] value();
  }

  @interface RequestHeader {}

  @interface RequestBody {}

  static final class ResponseEntity<T> {
    static BodyBuilder status(int status) {
      return new BodyBuilder();
    }

    static final class BodyBuilder {
      <T> ResponseEntity<T> build() {
        return new ResponseEntity<>();
      }
    }
  }
}
