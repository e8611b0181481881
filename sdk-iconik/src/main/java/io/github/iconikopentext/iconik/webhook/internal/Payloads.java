package io.github.iconikopentext.iconik.webhook.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.webhook.CustomActionInvocation;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.iconik.webhook.WebhookPayloadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import io.github.iconikopentext.iconik.internal.MetadataValuesJsonAdapter;
import java.util.Map;
import okio.Buffer;

/**
 * Reads iconik webhook and custom-action bodies with the SDK's Moshi, plus adapters for {@link Secret} and
 * {@link MetadataValues}. A body is read once into a JSON tree, so the handler can tell the two kinds apart before
 * binding. Every failure becomes a {@link WebhookPayloadException} naming the JSON path, never the content.
 */
public final class Payloads {
  static final Moshi MOSHI = Json.newBuilder()
      .add(Secret.class, new SecretJsonAdapter().nullSafe())
      .add(MetadataValuesJsonAdapter.FACTORY)
      .build();
  private static final JsonAdapter<Object> TREE = MOSHI.adapter(Object.class);
  private static final JsonAdapter<IconikWebhook> DELIVERY = MOSHI.adapter(IconikWebhook.class);
  private static final JsonAdapter<CustomActionInvocation> CUSTOM_ACTION = MOSHI.adapter(CustomActionInvocation.class);

  private Payloads() {}

  /** The body as a JSON object tree. */
  public static Map<String, Object> object(byte[] body) {
    Object tree;
    try {
      tree = TREE.fromJson(new Buffer().write(body));
    } catch (IOException | JsonDataException e) {
      throw new WebhookPayloadException("the body is not valid JSON: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map<?, ?> map)) {
      throw new WebhookPayloadException("the body is not a JSON object but "
          + (tree == null ? "null" : tree instanceof List ? "an array" : "a single value"), null);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) map;
    return object;
  }

  /** Whether the object is a custom-action POST rather than a webhook delivery. */
  public static boolean isCustomAction(Map<String, Object> object) {
    return object.containsKey("action_id") && !object.containsKey("event_type");
  }

  public static IconikWebhook delivery(Map<String, Object> object) {
    return bind(DELIVERY, object, "webhook delivery");
  }

  public static CustomActionInvocation customAction(Map<String, Object> object) {
    return bind(CUSTOM_ACTION, object, "custom-action request");
  }

  /** An id list without nulls, never null itself. */
  public static List<String> ids(List<String> ids) {
    if (ids == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (id != null) {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }

  private static <T> T bind(JsonAdapter<T> adapter, Map<String, Object> object, String what) {
    try {
      return adapter.fromJsonValue(object);
    } catch (JsonDataException | IllegalArgumentException e) {
      throw new WebhookPayloadException("the " + what + " has a member of an unexpected type: " + e.getMessage(), e);
    }
  }
}
