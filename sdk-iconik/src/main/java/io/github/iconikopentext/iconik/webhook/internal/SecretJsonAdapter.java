package io.github.iconikopentext.iconik.webhook.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.iconikopentext.core.credentials.Secret;
import java.io.IOException;

/** A JSON string as a {@link Secret}; an empty string reads as absent. Writing reveals the value, as JSON must. */
final class SecretJsonAdapter extends JsonAdapter<Secret> {
  @Override
  public Secret fromJson(JsonReader reader) throws IOException {
    String value = reader.nextString();
    return value.isBlank() ? null : Secret.of(value);
  }

  @Override
  public void toJson(JsonWriter writer, Secret value) throws IOException {
    writer.value(value.reveal());
  }

  @Override
  public String toString() {
    return "JsonAdapter(Secret)";
  }
}
