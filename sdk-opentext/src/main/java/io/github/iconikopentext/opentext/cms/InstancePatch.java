package io.github.iconikopentext.opentext.cms;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code PATCH …/{id}}: only what is given changes. A property set to {@code null} is cleared. Build
 * one with {@link #builder()}.
 *
 * @param name a new name, or {@code null}
 * @param description a new description, or {@code null}
 * @param properties attribute values to change, or {@code null}
 * @param traits trait instances to set (trait → instance → attribute → value), or {@code null}
 */
public record InstancePatch(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> properties,
    @Nullable Map<String, Map<String, Map<String, Object>>> traits) {

  public InstancePatch {
    properties = CmsChecks.copy(properties);
    traits = CmsChecks.copyTraits(traits);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstancePatch}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String description;
    private final InstanceRequest.TraitsBuilder values = new InstanceRequest.TraitsBuilder();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets (or, with {@code null}, clears) one attribute of the type. */
    public Builder property(String attribute, Object value) {
      values.property(attribute, value);
      return this;
    }

    /** Sets the attributes of trait instance {@code instanceName} of trait {@code traitName}. */
    public Builder trait(String traitName, String instanceName, Map<String, ?> attributes) {
      values.trait(traitName, instanceName, attributes);
      return this;
    }

    public InstancePatch build() {
      return new InstancePatch(name, description, values.properties(), values.traits());
    }
  }
}
