package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.iconik.model.Webhook;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Webhooks: iconik's notifications service ({@code notifications.json}). The list is not paged. Not part of the API. */
public interface NotificationsApi {

  @GET("API/notifications/v1/webhooks/")
  IconikList<Webhook> list();

  @GET("API/notifications/v1/webhooks/{webhook_id}/")
  Webhook get(@Path("webhook_id") String webhookId);

  @POST("API/notifications/v1/webhooks/")
  Webhook create(@Body WebhookRequest input);

  @PUT("API/notifications/v1/webhooks/{webhook_id}/")
  Webhook update(@Path("webhook_id") String webhookId, @Body WebhookRequest input);

  @DELETE("API/notifications/v1/webhooks/{webhook_id}/")
  Void delete(@Path("webhook_id") String webhookId);
}
