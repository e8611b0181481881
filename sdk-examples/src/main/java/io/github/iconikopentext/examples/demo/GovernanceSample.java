package io.github.iconikopentext.examples.demo;

import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo asset: its governance metadata (the fields of the media-governance profile) and its bytes. */
final class GovernanceSample {
  /** The size of the demo's original file: big enough to stream, small enough to stay instant. */
  static final int FILE_SIZE = 1 << 20;
  static final String TITLE = "Spring campaign - hero cut";
  static final String FILE_NAME = "spring-hero-cut.mp4";

  private GovernanceSample() {}

  /** The iconik field types of the governance view. */
  static Map<String, MetadataFieldType> fieldTypes() {
    Map<String, MetadataFieldType> types = new LinkedHashMap<>();
    types.put("project_code", MetadataFieldType.STRING);
    types.put("campaign_name", MetadataFieldType.STRING);
    types.put("rights_holder", MetadataFieldType.STRING);
    types.put("usage_terms", MetadataFieldType.TEXT);
    types.put("license_url", MetadataFieldType.URL);
    types.put("rights_expiry_date", MetadataFieldType.DATE);
    types.put("embargo_until", MetadataFieldType.DATETIME);
    types.put("territories", MetadataFieldType.TAG_CLOUD);
    types.put("rights_cleared", MetadataFieldType.BOOLEAN);
    types.put("approval_status", MetadataFieldType.STRING);
    return types;
  }

  /** The values an editor entered in iconik (with the stray spaces and lower case editors leave). */
  static MetadataValues values() {
    return MetadataValues.builder()
        .put("project_code", " spring-24 ")
        .put("campaign_name", "Spring 2024")
        .put("rights_holder", "Example Studios Ltd.")
        .put("usage_terms", "Online and broadcast in licensed territories until expiry.")
        .put("license_url", "https://licensing.example.com/spring-24")
        .put("rights_expiry_date", "2026-12-31")
        .put("embargo_until", "2024-03-01T09:00:00+00:00")
        .putAll("territories", List.of("de", "fr", "gb"))
        .put("rights_cleared", true)
        .put("approval_status", "APPROVED")
        .build();
  }

  /** Deterministic content of {@value #FILE_SIZE} bytes. */
  static byte[] content() {
    byte[] pattern = "iconik-opentext demo media frame\n".getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[FILE_SIZE];
    for (int i = 0; i < content.length; i++) {
      content[i] = pattern[i % pattern.length];
    }
    return content;
  }
}
