package io.github.iconikopentext.opentext.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * The {@code page} member of a HAL list, which OpenText services send in two shapes: a Spring-style object
 * ({@code {"size", "totalElements", "totalPages", "number"}}, also snake_case) or the bare page number
 * ({@code "page": 1}, as OpenText's own mobile sample models it). Both read into this record; a member of another
 * shape reads as {@code null}. Not part of the API.
 *
 * @param number the page number as the server counts it
 * @param size the page size
 * @param totalElements the number of items in all pages
 * @param totalPages the number of pages
 */
public record HalPageInfo(Long number, Long size, Long totalElements, Long totalPages) {

  static final JsonAdapter.Factory FACTORY = (type, annotations, moshi) ->
      type == HalPageInfo.class && annotations.isEmpty() ? new Adapter().nullSafe() : null;

  private static final class Adapter extends JsonAdapter<HalPageInfo> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("number", "size", "totalElements",
        "total_elements", "totalPages", "total_pages");

    @Override
    public HalPageInfo fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return new HalPageInfo(count(reader), null, null, null);
      }
      Long number = null;
      Long size = null;
      Long totalElements = null;
      Long totalPages = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0 -> number = count(reader);
          case 1 -> size = count(reader);
          case 2, 3 -> totalElements = count(reader);
          case 4, 5 -> totalPages = count(reader);
          default -> {
            reader.skipName();
            reader.skipValue();
          }
        }
      }
      reader.endObject();
      return new HalPageInfo(number, size, totalElements, totalPages);
    }

    /** A whole number, or numeric text; anything else is skipped and reads as {@code null}. */
    private static Long count(JsonReader reader) throws IOException {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NUMBER || token == JsonReader.Token.STRING) {
        String text = reader.nextString().trim();
        try {
          return new java.math.BigDecimal(text).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
          return null;
        }
      }
      reader.skipValue();
      return null;
    }

    @Override
    public void toJson(JsonWriter writer, HalPageInfo page) throws IOException {
      if (page.size() == null && page.totalElements() == null && page.totalPages() == null) {
        writer.value(page.number());
        return;
      }
      writer.beginObject();
      writer.name("number").value(page.number());
      writer.name("size").value(page.size());
      writer.name("totalElements").value(page.totalElements());
      writer.name("totalPages").value(page.totalPages());
      writer.endObject();
    }
  }
}
