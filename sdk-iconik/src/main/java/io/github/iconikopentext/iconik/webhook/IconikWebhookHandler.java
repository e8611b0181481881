package io.github.iconikopentext.iconik.webhook;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import io.github.iconikopentext.iconik.webhook.WebhookResult.Outcome;
import io.github.iconikopentext.iconik.webhook.internal.Payloads;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives iconik webhook deliveries and custom-action POSTs: verify → parse → de-duplicate → dispatch, answering
 * with the HTTP status iconik should see.
 *
 * <ol>
 *   <li>Verify with the configured {@link WebhookVerifier}; for iconik that is
 *       {@link Builder#sharedSecret(String, Secret) the shared-secret header} set in the webhook's {@code headers}.
 *       Failure: 401, or 413 when the body is too large.
 *   <li>Parse the body: a custom-action POST (it has {@code action_id}) or a webhook delivery. Failure: 400.
 *   <li>If {@link Builder#expectedSystemDomainId(String) a domain is configured}, require
 *       {@code system_domain_id} to equal it. Failure: 403.
 *   <li>De-duplicate deliveries on {@code request_id} with the {@link ReplayGuard}: a redelivery is answered 200
 *       and not dispatched again.
 *   <li>Interpret the delivery as an {@link AssetEvent} and call every listener registered for a type the event is
 *       an instance of, in registration order, on the calling thread; custom actions go to the custom-action
 *       listeners. If a listener throws, the answer is 500 and the request id is forgotten, so iconik's retry is
 *       processed; listeners must therefore be idempotent.
 * </ol>
 *
 * <p>Immutable and thread-safe once built (listeners are called concurrently if requests arrive concurrently).
 */
public final class IconikWebhookHandler {
  private static final Logger log = LoggerFactory.getLogger(IconikWebhookHandler.class);

  /** How many request ids the default de-duplication guard remembers. */
  public static final int DEFAULT_DEDUP_ENTRIES = 10_000;
  /** How long the default de-duplication guard remembers a request id. */
  public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofHours(24);

  private record Listener<E extends AssetEvent>(Class<E> type, Consumer<? super E> consumer) {
    void offer(AssetEvent event) {
      if (type.isInstance(event)) {
        consumer.accept(type.cast(event));
      }
    }
  }

  private final WebhookVerifier verifier;
  private final String expectedSystemDomainId;
  private final ReplayGuard replayGuard;
  private final List<Listener<?>> listeners;
  private final List<Consumer<? super CustomActionInvocation>> customActionListeners;

  private IconikWebhookHandler(Builder b) {
    if (b.verifier == null) {
      throw new ConfigurationException("the iconik webhook handler needs a verifier: call sharedSecret(header, "
          + "secret) with the header and secret set in the iconik webhook's headers, or verifier(...)");
    }
    this.verifier = b.verifier;
    this.expectedSystemDomainId = b.expectedSystemDomainId;
    this.replayGuard = b.replayGuard != null ? b.replayGuard
        : ReplayGuard.inMemory(DEFAULT_DEDUP_ENTRIES, DEFAULT_DEDUP_RETENTION);
    this.listeners = List.copyOf(b.listeners);
    this.customActionListeners = List.copyOf(b.customActionListeners);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Handles one request.
   *
   * @param headers the request headers, e.g. {@code request::getHeader}
   * @param body the raw body bytes as received
   * @return the outcome; answer with {@link WebhookResult#httpStatus()}
   */
  public WebhookResult handle(WebhookHeaders headers, byte[] body) {
    try {
      verifier.verify(headers, body);
    } catch (WebhookVerificationException e) {
      return rejected(e);
    }
    Map<String, Object> object;
    try {
      object = Payloads.object(body);
      if (Payloads.isCustomAction(object)) {
        return handleCustomAction(Payloads.customAction(object));
      }
      return handleDelivery(Payloads.delivery(object));
    } catch (WebhookPayloadException e) {
      log.warn("rejected an iconik webhook request with a malformed body: {}", e.getMessage());
      return new WebhookResult(Outcome.MALFORMED, e.getMessage());
    }
  }

  /**
   * Handles one request whose body is still a stream: reads at most the verifier's maximum body size plus one byte,
   * so an oversized request is answered 413 without being read into memory. Does not close the stream.
   *
   * @throws IOException when reading the body fails
   */
  public WebhookResult handle(WebhookHeaders headers, InputStream body) throws IOException {
    byte[] bytes;
    try {
      bytes = verifier.readBody(body);
    } catch (WebhookVerificationException e) {
      return rejected(e);
    }
    return handle(headers, bytes);
  }

  private WebhookResult rejected(WebhookVerificationException e) {
    log.warn("rejected an iconik webhook request: {}", e.getMessage());
    Outcome outcome = e.reason() == WebhookVerificationException.Reason.BODY_TOO_LARGE
        ? Outcome.TOO_LARGE : Outcome.UNAUTHORIZED;
    return new WebhookResult(outcome, e.getMessage(), e.reason());
  }

  private WebhookResult handleDelivery(IconikWebhook delivery) {
    WebhookResult wrongDomain = checkDomain(delivery.systemDomainId());
    if (wrongDomain != null) {
      return wrongDomain;
    }
    String requestId = delivery.requestId();
    if (requestId != null && !replayGuard.tryRecord(requestId)) {
      log.debug("ignored redelivery of iconik request {}", requestId);
      return new WebhookResult(Outcome.DUPLICATE, "request " + requestId + " was already accepted");
    }
    AssetEvent event = AssetEvent.of(delivery);
    try {
      for (Listener<?> listener : listeners) {
        listener.offer(event);
      }
    } catch (RuntimeException e) {
      if (requestId != null) {
        replayGuard.forget(requestId);
      }
      log.error("a listener failed on iconik {} ({}); answering 500 so iconik retries",
          event.getClass().getSimpleName(), delivery, e);
      return new WebhookResult(Outcome.LISTENER_FAILED, "a listener failed on "
          + event.getClass().getSimpleName() + " of request " + requestId + ": " + e.getClass().getName());
    }
    return new WebhookResult(Outcome.ACCEPTED, event.getClass().getSimpleName() + " of request " + requestId);
  }

  private WebhookResult handleCustomAction(CustomActionInvocation request) {
    WebhookResult wrongDomain = checkDomain(request.systemDomainId());
    if (wrongDomain != null) {
      return wrongDomain;
    }
    try {
      for (Consumer<? super CustomActionInvocation> listener : customActionListeners) {
        listener.accept(request);
      }
    } catch (RuntimeException e) {
      log.error("a listener failed on iconik custom action {}; answering 500", request.actionId(), e);
      return new WebhookResult(Outcome.LISTENER_FAILED, "a listener failed on custom action "
          + request.actionId() + ": " + e.getClass().getName());
    }
    return new WebhookResult(Outcome.ACCEPTED, "custom action " + request.actionId());
  }

  private WebhookResult checkDomain(String systemDomainId) {
    if (expectedSystemDomainId == null || expectedSystemDomainId.equals(systemDomainId)) {
      return null;
    }
    String detail = "system_domain_id " + systemDomainId + " is not the expected " + expectedSystemDomainId;
    log.warn("rejected an iconik webhook request: {}", detail);
    return new WebhookResult(Outcome.WRONG_DOMAIN, detail);
  }

  /** Builds an {@link IconikWebhookHandler}. Not thread-safe. */
  public static final class Builder {
    private WebhookVerifier verifier;
    private String expectedSystemDomainId;
    private ReplayGuard replayGuard;
    private final List<Listener<?>> listeners = new ArrayList<>();
    private final List<Consumer<? super CustomActionInvocation>> customActionListeners = new ArrayList<>();

    private Builder() {}

    /**
     * Authenticate requests by a header that must carry {@code secret}: configure the same header name and value in
     * the iconik webhook's (or custom action's) {@code headers}.
     */
    public Builder sharedSecret(String headerName, Secret secret) {
      return sharedSecrets(headerName, List.of(Objects.requireNonNull(secret, "secret == null")));
    }

    /** Like {@link #sharedSecret(String, Secret)} with several accepted secrets, for rotation. */
    public Builder sharedSecrets(String headerName, Collection<Secret> secrets) {
      return verifier(WebhookVerifier.builder(WebhookScheme.sharedSecretHeader(headerName)).secrets(secrets)
          .replayGuard(ReplayGuard.none()).build());
    }

    /** Verify requests with this verifier instead, e.g. to set the maximum body size or use another scheme. */
    public Builder verifier(WebhookVerifier verifier) {
      this.verifier = Objects.requireNonNull(verifier, "verifier == null");
      return this;
    }

    /**
     * Accept only requests whose {@code system_domain_id} is this one (see
     * {@code GET /API/settings/v1/system/current/}). Default: any domain.
     */
    public Builder expectedSystemDomainId(String systemDomainId) {
      this.expectedSystemDomainId = Objects.requireNonNull(systemDomainId, "systemDomainId == null");
      return this;
    }

    /**
     * Where accepted {@code request_id}s are remembered. Default: in memory, 10 000 ids for 24 hours. Receivers
     * behind a load balancer should share one guard.
     */
    public Builder replayGuard(ReplayGuard replayGuard) {
      this.replayGuard = Objects.requireNonNull(replayGuard, "replayGuard == null");
      return this;
    }

    /**
     * Calls {@code listener} for every event of {@code type}: a variant such as
     * {@code AssetEvent.UploadCompleted.class}, or {@code AssetEvent.class} for all.
     */
    public <E extends AssetEvent> Builder on(Class<E> type, Consumer<? super E> listener) {
      listeners.add(new Listener<>(Objects.requireNonNull(type, "type == null"),
          Objects.requireNonNull(listener, "listener == null")));
      return this;
    }

    /** Calls {@code listener} for every custom-action POST. */
    public Builder onCustomAction(Consumer<? super CustomActionInvocation> listener) {
      customActionListeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /** @throws ConfigurationException when no verifier (or shared secret) was configured */
    public IconikWebhookHandler build() {
      return new IconikWebhookHandler(this);
    }
  }
}
