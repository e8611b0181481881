package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.iconik.internal.NotificationsApi;
import io.github.iconikopentext.iconik.model.Webhook;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import java.util.List;
import java.util.Objects;

/**
 * iconik webhooks (the notifications service): subscriptions that make iconik POST events to a URL. Custom
 * {@link WebhookRequest#headers() headers} let the receiver authenticate deliveries, since iconik does not sign them.
 * Obtain it from {@link IconikClient#webhooks()}. Every method may throw the SDK's
 * {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 */
public final class WebhookService {
  private final NotificationsApi api;

  WebhookService(NotificationsApi api) {
    this.api = api;
  }

  /** All webhooks (not paged by iconik). */
  public List<Webhook> list() {
    return Responses.present(api.list(), "the webhooks").objects();
  }

  public Webhook get(String webhookId) {
    return Responses.present(api.get(Args.requireText(webhookId, "webhookId")), "webhook " + webhookId);
  }

  public Webhook create(WebhookRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.create(input), "the created webhook");
  }

  /** Replaces the webhook's definition (iconik updates webhooks with PUT). */
  public Webhook update(String webhookId, WebhookRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.update(Args.requireText(webhookId, "webhookId"), input), "webhook " + webhookId);
  }

  public void delete(String webhookId) {
    api.delete(Args.requireText(webhookId, "webhookId"));
  }
}
