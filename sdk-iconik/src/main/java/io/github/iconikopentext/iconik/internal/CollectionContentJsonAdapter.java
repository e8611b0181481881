package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.Collection;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.OtherContent;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a collection's contents item as the {@link CollectionContent} its {@code object_type} names: {@code assets}
 * (or none, as iconik's spec declares contents to be assets) → {@link Asset}, {@code collections} →
 * {@link Collection}, anything else → {@link OtherContent} keeping the whole object. The type is found on a peeked
 * copy of the object, which is then read once by the chosen record's adapter. Writes each variant as its record.
 * Thread-safe. Not part of the API.
 */
public final class CollectionContentJsonAdapter extends JsonAdapter<CollectionContent> {
  public static final JsonAdapter.Factory FACTORY = (type, annotations, moshi) ->
      type == CollectionContent.class && annotations.isEmpty() ? new CollectionContentJsonAdapter(moshi) : null;

  private static final JsonReader.Options OBJECT_TYPE = JsonReader.Options.of("object_type");

  private final JsonAdapter<Asset> asset;
  private final JsonAdapter<Collection> collection;
  private final JsonAdapter<Map<String, Object>> other;

  private CollectionContentJsonAdapter(Moshi moshi) {
    this.asset = moshi.adapter(Asset.class);
    this.collection = moshi.adapter(Collection.class);
    this.other = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  }

  @Override
  public CollectionContent fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return asset.fromJson(reader); // null, or the record adapter's own error for another shape
    }
    String objectType = objectType(reader);
    if (objectType == null || objectType.equals("assets")) {
      return asset.fromJson(reader);
    }
    if (objectType.equals("collections")) {
      return collection.fromJson(reader);
    }
    Map<String, Object> json = other.fromJson(reader);
    Object id = json == null ? null : json.get("id");
    return new OtherContent(id instanceof String s ? s : null, objectType, json);
  }

  private static String objectType(JsonReader reader) throws IOException {
    try (JsonReader peek = reader.peekJson()) {
      peek.beginObject();
      while (peek.hasNext()) {
        if (peek.selectName(OBJECT_TYPE) == 0) {
          if (peek.peek() == JsonReader.Token.STRING) {
            return peek.nextString();
          }
        } else {
          peek.skipName();
        }
        peek.skipValue();
      }
      return null;
    }
  }

  @Override
  public void toJson(JsonWriter writer, CollectionContent value) throws IOException {
    if (value instanceof Asset a) {
      asset.toJson(writer, a);
    } else if (value instanceof Collection c) {
      collection.toJson(writer, c);
    } else if (value instanceof OtherContent o) {
      other.toJson(writer, o.json());
    } else {
      writer.nullValue();
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(CollectionContent)";
  }
}
