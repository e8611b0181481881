package io.github.iconikopentext.integration.transfer;

import java.util.Map;

/**
 * The metadata an {@link OpenTextTarget} puts on the CMS file instance it creates, e.g. the result of the metadata
 * mapper: properties, and traits as trait → instance name → attribute → value.
 */
public record CmsMetadata(Map<String, Object> properties, Map<String, Map<String, Map<String, Object>>> traits) {
  public static final CmsMetadata NONE = new CmsMetadata(Map.of(), Map.of());

  public CmsMetadata {
    properties = properties == null ? Map.of() : Map.copyOf(properties);
    traits = traits == null ? Map.of() : Map.copyOf(traits);
  }
}
