package io.github.iconikopentext.opentext.cms;

import io.github.iconikopentext.core.internal.Args;
import com.squareup.moshi.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create ({@code POST /instances/{category}/{type}}) or replace ({@code PUT …/{id}}). Build one with
 * {@link #builder(String)}. Absent components are not sent.
 *
 * @param name the instance name (required)
 * @param description a description, or {@code null}
 * @param parentFolderId the folder to create it in, or {@code null}
 * @param aclId the ACL to apply, or {@code null} for the type's default
 * @param renditions renditions (a file's primary rendition), or {@code null}
 * @param properties attribute values of the type, or {@code null}
 * @param traits trait → trait instance → attribute → value, or {@code null}
 */
public record InstanceRequest(
    String name,
    @Nullable String description,
    @Json(name = "parent_folder_id") @Nullable String parentFolderId,
    @Json(name = "acl_id") @Nullable String aclId,
    @Nullable List<Rendition> renditions,
    @Nullable Map<String, Object> properties,
    @Nullable Map<String, Map<String, Map<String, Object>>> traits) {

  public InstanceRequest {
    Args.requireText(name, "name");
    renditions = CmsChecks.copy(renditions);
    properties = CmsChecks.copy(properties);
    traits = CmsChecks.copyTraits(traits);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds an {@link InstanceRequest}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private String description;
    private String parentFolderId;
    private String aclId;
    private final List<Rendition> renditions = new ArrayList<>();
    private final TraitsBuilder values = new TraitsBuilder();

    private Builder(String name) {
      this.name = name;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder parentFolderId(String folderId) {
      this.parentFolderId = folderId;
      return this;
    }

    public Builder aclId(String aclId) {
      this.aclId = aclId;
      return this;
    }

    public Builder rendition(Rendition rendition) {
      renditions.add(Objects.requireNonNull(rendition, "rendition == null"));
      return this;
    }

    /** Sets one attribute of the type. */
    public Builder property(String attribute, Object value) {
      values.property(attribute, value);
      return this;
    }

    public Builder properties(Map<String, ?> properties) {
      properties.forEach(values::property);
      return this;
    }

    /** Sets the attributes of trait instance {@code instanceName} of trait {@code traitName}. */
    public Builder trait(String traitName, String instanceName, Map<String, ?> attributes) {
      values.trait(traitName, instanceName, attributes);
      return this;
    }

    public InstanceRequest build() {
      return new InstanceRequest(name, description, parentFolderId, aclId,
          renditions.isEmpty() ? null : renditions, values.properties(), values.traits());
    }
  }

  /** Collects properties and traits for the builders of this package. */
  static final class TraitsBuilder {
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> traits = new LinkedHashMap<>();

    void property(String attribute, Object value) {
      properties.put(Args.requireText(attribute, "attribute"), value);
    }

    void trait(String traitName, String instanceName, Map<String, ?> attributes) {
      Args.requireText(traitName, "traitName");
      Args.requireText(instanceName, "instanceName");
      Objects.requireNonNull(attributes, "attributes == null");
      traits.computeIfAbsent(traitName, t -> new LinkedHashMap<>()).put(instanceName, new LinkedHashMap<>(attributes));
    }

    Map<String, Object> properties() {
      return properties.isEmpty() ? null : properties;
    }

    Map<String, Map<String, Map<String, Object>>> traits() {
      return traits.isEmpty() ? null : traits;
    }
  }
}
