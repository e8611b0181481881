package io.github.iconikopentext.kafka.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.iconik.webhook.WebhookPayloadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The CloudEvent a webhook hand-off record carries (structured mode): {@code type}
 * {@code io.github.iconikopentext.iconik.<event>.v1} named after the typed event, {@code subject} the asset id,
 * {@code id} iconik's {@code request_id}, {@code data} the verified delivery as iconik sent it. Thread-safe. Not part
 * of the API.
 */
public final class WebhookRecords {
  public static final String SOURCE = "urn:iconikopentext:iconik:webhook";
  private static final String TYPE_PREFIX = "io.github.iconikopentext.iconik.";
  private static final JsonAdapter<Map<String, Object>> MAP = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private WebhookRecords() {}

  /** The CloudEvents type of {@code event}, e.g. {@code io.github.iconikopentext.iconik.approval_granted.v1}. */
  public static String type(AssetEvent event) {
    String name = event.getClass().getSimpleName();
    return TYPE_PREFIX + name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) + ".v1";
  }

  public static byte[] encode(AssetEvent event, String subject, Instant time) {
    IconikWebhook d = event.delivery();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("system_domain_id", d.systemDomainId());
    data.put("event_type", d.eventType());
    data.put("realm", d.realm());
    data.put("operation", d.operation());
    data.put("object_id", d.objectId());
    data.put("object_type", d.objectType());
    data.put("user_id", d.userId());
    data.put("request_id", d.requestId());
    data.put("data", d.data());
    data.values().removeIf(java.util.Objects::isNull);
    Map<String, Object> ce = new LinkedHashMap<>();
    ce.put("specversion", "1.0");
    ce.put("id", d.requestId() != null ? d.requestId() : UUID.randomUUID().toString());
    ce.put("source", SOURCE);
    ce.put("type", type(event));
    if (subject != null) {
      ce.put("subject", subject);
    }
    ce.put("time", time.toString());
    ce.put("datacontenttype", "application/json");
    ce.put("data", data);
    return MAP.toJson(ce).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a record written by {@link #encode}: the delivery, interpreted again as a typed event.
   *
   * @throws WebhookPayloadException if the record is not such a CloudEvent
   */
  public static AssetEvent decode(byte[] value) {
    Map<String, Object> ce;
    try {
      ce = value == null ? null : MAP.fromJson(new String(value, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new WebhookPayloadException("the record is not a CloudEvent in JSON: " + e.getMessage(), e);
    }
    if (ce == null || !(ce.get("data") instanceof Map<?, ?> data) || !"1.0".equals(ce.get("specversion"))) {
      throw new WebhookPayloadException("the record is not a CloudEvents 1.0 event with a data object", null);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> delivery = (Map<String, Object>) data;
    return AssetEvent.of(IconikWebhook.parse(MAP.toJson(delivery).getBytes(StandardCharsets.UTF_8)));
  }
}
