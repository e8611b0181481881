package io.github.iconikopentext.core.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads and writes {@link BigDecimal} as a JSON number without going through {@code double}, so decimal values
 * (prices, durations, metadata numbers) keep every digit. Accepts numbers and numeric strings. Not part of the API.
 */
public final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
  @Override
  public BigDecimal fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String text = reader.nextString(); // Moshi returns a number's source text unchanged
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new JsonDataException("not a decimal number: '" + text + "' at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value);
    }
  }
}
