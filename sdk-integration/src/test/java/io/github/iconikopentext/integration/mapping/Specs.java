package io.github.iconikopentext.integration.mapping;

/** Small mapping specs for tests, written with single quotes to keep them readable. */
final class Specs {
  private Specs() {}

  /** JSON from text written with ' for ". */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A spec with the given fields (single-quoted JSON objects) and the unmapped policy ignore. */
  static String spec(String... fields) {
    return json("{'spec_version': 1, 'name': 'test', 'unmapped': 'ignore', 'fields': [" + String.join(",", fields)
        + "]}");
  }

  /** A mapper for a spec with the given fields. */
  static MetadataMapper mapper(String... fields) {
    return MetadataMapper.fromJson(spec(fields));
  }

  /** A field mapped both ways to the property {@code p} (extra members single-quoted, may be empty). */
  static String field(String type, String extra) {
    return "{'iconik': 'f', 'opentext': {'property': 'p'}, 'type': '" + type + "'"
        + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }
}
