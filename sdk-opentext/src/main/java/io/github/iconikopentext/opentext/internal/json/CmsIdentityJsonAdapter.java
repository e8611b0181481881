package io.github.iconikopentext.opentext.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.iconikopentext.opentext.cms.CmsIdentity;
import java.io.IOException;

/**
 * Reads a {@link CmsIdentity} from a bare id ({@code "created_by": "…"}) or a user-identity object (through the
 * record's own adapter); writes an id-only identity back as the bare id, any other as the object. Not part of the
 * API.
 */
final class CmsIdentityJsonAdapter extends JsonAdapter<CmsIdentity> {
  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(java.lang.reflect.Type type, java.util.Set<? extends java.lang.annotation.Annotation>
        annotations, com.squareup.moshi.Moshi moshi) {
      return type == CmsIdentity.class && annotations.isEmpty()
          ? new CmsIdentityJsonAdapter(moshi.nextAdapter(this, CmsIdentity.class, annotations))
          : null;
    }
  };

  private final JsonAdapter<CmsIdentity> object;

  private CmsIdentityJsonAdapter(JsonAdapter<CmsIdentity> object) {
    this.object = object;
  }

  @Override
  public CmsIdentity fromJson(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case STRING, NUMBER -> {
        String id = reader.nextString();
        yield id.isBlank() ? null : CmsIdentity.of(id);
      }
      case BEGIN_OBJECT -> object.fromJson(reader);
      case NULL -> reader.nextNull();
      default -> {
        reader.skipValue();
        yield null;
      }
    };
  }

  @Override
  public void toJson(JsonWriter writer, CmsIdentity identity) throws IOException {
    if (identity == null) {
      writer.nullValue();
    } else if (identity.isIdOnly()) {
      writer.value(identity.id());
    } else {
      object.toJson(writer, identity);
    }
  }
}
