package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import java.util.Map;

/** Where a field lives in OpenText CMS: a property of the instance's type, or an attribute of a trait instance. */
sealed interface CmsField {

  /** The value at this target in {@code metadata}, or null. */
  Object read(OpenTextMetadata metadata);

  /** A property of the CMS instance's type: {@code properties.<name>}. */
  record Property(String name) implements CmsField {
    @Override
    public Object read(OpenTextMetadata metadata) {
      return metadata.properties().get(name);
    }

    @Override
    public String toString() {
      return "properties." + name;
    }
  }

  /** An attribute of a named instance of a trait: {@code traits.<trait>.<instance>.<attribute>}. */
  record TraitAttribute(String trait, String instance, String attribute) implements CmsField {
    @Override
    public Object read(OpenTextMetadata metadata) {
      Map<String, Map<String, Object>> instances = metadata.traits().get(trait);
      Map<String, Object> attributes = instances == null ? null : instances.get(instance);
      return attributes == null ? null : attributes.get(attribute);
    }

    @Override
    public String toString() {
      return "traits." + trait + '.' + instance + '.' + attribute;
    }
  }
}
