package io.github.iconikopentext.iconik.spec;

import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One value of every iconik metadata field type, for round-trip tests of the client and the simulator. */
public final class SampleMetadata {
  private SampleMetadata() {}

  /** The fields of {@link #everyFieldType()} with their types; {@code genre} is a drop-down of news and sport. */
  public static Map<String, MetadataFieldType> fieldTypes() {
    Map<String, MetadataFieldType> fields = new LinkedHashMap<>();
    fields.put("title_text", MetadataFieldType.STRING);
    fields.put("keywords", MetadataFieldType.TAG_CLOUD);
    fields.put("episode", MetadataFieldType.INTEGER);
    fields.put("rating", MetadataFieldType.FLOAT);
    fields.put("approved", MetadataFieldType.BOOLEAN);
    fields.put("air_date", MetadataFieldType.DATE);
    fields.put("ingested_at", MetadataFieldType.DATETIME);
    fields.put("genre", MetadataFieldType.DROP_DOWN);
    return fields;
  }

  public static MetadataValues everyFieldType() {
    return MetadataValues.builder()
        .put("title_text", "Evening news")
        .putAll("keywords", List.of("politics", "economy"))
        .put("episode", 42)
        .put("rating", new BigDecimal("4.5"))
        .put("approved", true)
        .put("air_date", LocalDate.of(2024, 5, 1))
        .put("ingested_at", OffsetDateTime.parse("2024-05-01T18:30:00Z"))
        .put("genre", "news")
        .build();
  }

  /** Whether {@code back} holds the same values as {@code sent}, compared through the typed accessors. */
  public static boolean sameTypedValues(MetadataValues sent, MetadataValues back) {
    return sent.fields().equals(back.fields())
        && sent.string("title_text").equals(back.string("title_text"))
        && sent.strings("keywords").equals(back.strings("keywords"))
        && sent.number("episode").equals(back.number("episode"))
        && sent.number("rating").equals(back.number("rating"))
        && sent.bool("approved").equals(back.bool("approved"))
        && sent.date("air_date").equals(back.date("air_date"))
        && sent.dateTime("ingested_at").equals(back.dateTime("ingested_at"))
        && sent.string("genre").equals(back.string("genre"));
  }
}
