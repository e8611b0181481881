package io.github.iconikopentext.integration.mapping.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Reads a spec into a plain tree — {@code Map} (member order kept), {@code List}, {@code String},
 * {@code BigDecimal}, {@code Boolean}, {@code null} — with Moshi's streaming reader.
 *
 * <p>The spec is not bound to records directly: binding stops at the first mistake and drops unknown members,
 * while the spec checker must see everything to report every problem with its path. Numbers are kept as written
 * ({@code BigDecimal}), so a default such as {@code 12345678901234567} or {@code 0.1} is not bent by a double.
 */
final class JsonTree {
  private JsonTree() {}

  /** The tree, or null after recording why the text is not JSON. Duplicate member names are problems too. */
  static Object read(String json, ProblemList problems) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    try {
      Object root = value(reader, "$", problems);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        problems.add(reader.getPath(), "unexpected content after the spec's closing brace");
      }
      return root;
    } catch (JsonEncodingException | JsonDataException e) {
      problems.add(reader.getPath(), "malformed JSON: " + e.getMessage());
    } catch (IOException e) {
      problems.add(reader.getPath(), "JSON could not be read: " + e.getMessage());
    }
    return null;
  }

  private static Object value(JsonReader reader, String path, ProblemList problems) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> members = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          String memberPath = Paths.member(path, name);
          Object value = value(reader, memberPath, problems);
          if (members.containsKey(name)) {
            problems.add(memberPath, "member '" + name + "' appears more than once");
          } else {
            members.put(name, value);
          }
        }
        reader.endObject();
        return Collections.unmodifiableMap(members);
      }
      case BEGIN_ARRAY: {
        List<Object> elements = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          elements.add(value(reader, Paths.index(path, elements.size()), problems));
        }
        reader.endArray();
        return Collections.unmodifiableList(elements);
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("unexpected " + reader.peek());
    }
  }
}
