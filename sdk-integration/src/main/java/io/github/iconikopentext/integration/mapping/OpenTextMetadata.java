package io.github.iconikopentext.integration.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata of one OpenText CMS instance as the mapper sees it: its {@code properties} (attributes of the
 * instance's type) and its {@code traits}, keyed trait name → instance name → attribute name → value, as in CMS's
 * {@code "traits": {"<trait>": {"<instance>": {…}}}}.
 *
 * <p>Values are plain Java types: {@link String}, {@link Long} (or another {@link Number}, such as the
 * {@link Double} a JSON reader yields), {@link BigDecimal}, {@link Boolean}, {@link LocalDate},
 * {@link OffsetDateTime} (or {@link Instant}), or a {@link List} of these for multi-value attributes. The mapper
 * always produces {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate},
 * {@code OffsetDateTime} and lists of them; a multi-value attribute stays a list even with one element.
 *
 * <p>Immutable and thread-safe; all maps and lists are unmodifiable.
 */
public final class OpenTextMetadata {
  private static final OpenTextMetadata EMPTY = new OpenTextMetadata(Map.of(), Map.of());

  private final Map<String, Object> properties;
  private final Map<String, Map<String, Map<String, Object>>> traits;

  /** Takes the maps as they are: callers pass maps that are already immutable and hold only valid values. */
  OpenTextMetadata(Map<String, Object> properties, Map<String, Map<String, Map<String, Object>>> traits) {
    this.properties = properties;
    this.traits = traits;
  }

  public static OpenTextMetadata empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies the given maps, for example the {@code properties} and {@code traits} of a CMS instance read from JSON.
   * A {@code null} value means "no value" (CMS returns unset attributes as {@code null}) and is left out.
   *
   * @throws IllegalArgumentException naming the entry when a value is of an unsupported type
   */
  public static OpenTextMetadata of(Map<String, ?> properties,
      Map<String, ? extends Map<String, ? extends Map<String, ?>>> traits) {
    Objects.requireNonNull(properties, "properties == null");
    Objects.requireNonNull(traits, "traits == null");
    Builder builder = new Builder();
    properties.forEach((name, value) -> {
      if (value != null) {
        builder.property(name, value);
      }
    });
    traits.forEach((trait, instances) -> {
      Map<String, Map<String, Object>> copy = builder.instances(trait);
      if (instances != null) {
        instances.forEach((instance, attributes) -> {
          Map<String, Object> attributeCopy = copy.computeIfAbsent(
              Objects.requireNonNull(instance, "instance name == null"), i -> new LinkedHashMap<>());
          if (attributes != null) {
            attributes.forEach((attribute, value) -> {
              if (value != null) {
                attributeCopy.put(Objects.requireNonNull(attribute, "attribute name == null"),
                    checked("traits." + trait + '.' + instance + '.' + attribute, value));
              }
            });
          }
        });
      }
    });
    return builder.build();
  }

  /** The instance's properties, by name. */
  public Map<String, Object> properties() {
    return properties;
  }

  /** The instance's traits: trait name → trait instance name → attribute name → value. */
  public Map<String, Map<String, Map<String, Object>>> traits() {
    return traits;
  }

  public Optional<Object> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  public Optional<Object> attribute(String trait, String instance, String attribute) {
    Map<String, Map<String, Object>> instances = traits.get(trait);
    Map<String, Object> attributes = instances == null ? null : instances.get(instance);
    return Optional.ofNullable(attributes == null ? null : attributes.get(attribute));
  }

  public boolean isEmpty() {
    return properties.isEmpty() && traits.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpenTextMetadata m && properties.equals(m.properties) && traits.equals(m.traits);
  }

  @Override
  public int hashCode() {
    return 31 * properties.hashCode() + traits.hashCode();
  }

  @Override
  public String toString() {
    return "OpenTextMetadata{properties=" + properties + ", traits=" + traits + '}';
  }

  private static Object checked(String path, Object value) {
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        if (element == null || element instanceof List) {
          throw new IllegalArgumentException(
              "OpenText value " + path + " holds a " + (element == null ? "null" : "nested list") + " element");
        }
        copy.add(checked(path, element));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Number
        || value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof Instant) {
      return value;
    }
    throw new IllegalArgumentException("OpenText value " + path + " has unsupported type "
        + value.getClass().getName()
        + " (use String, Number, Boolean, LocalDate, OffsetDateTime, Instant or a List of these)");
  }

  /** Builds {@link OpenTextMetadata}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> traits = new LinkedHashMap<>();

    private Builder() {}

    /** Sets a property; a {@link List} value is a multi-value property. */
    public Builder property(String name, Object value) {
      Objects.requireNonNull(name, "property name == null");
      Objects.requireNonNull(value, "value of property " + name + " == null");
      properties.put(name, checked("properties." + name, value));
      return this;
    }

    /** Sets one attribute of a trait instance; a {@link List} value is a multi-value attribute. */
    public Builder attribute(String trait, String instance, String attribute, Object value) {
      Objects.requireNonNull(instance, "instance name == null");
      Objects.requireNonNull(attribute, "attribute name == null");
      String path = "traits." + trait + '.' + instance + '.' + attribute;
      Objects.requireNonNull(value, "value of " + path + " == null");
      instances(trait).computeIfAbsent(instance, i -> new LinkedHashMap<>()).put(attribute, checked(path, value));
      return this;
    }

    private Map<String, Map<String, Object>> instances(String trait) {
      return traits.computeIfAbsent(Objects.requireNonNull(trait, "trait name == null"), t -> new LinkedHashMap<>());
    }

    public OpenTextMetadata build() {
      Map<String, Map<String, Map<String, Object>>> frozenTraits = new LinkedHashMap<>();
      traits.forEach((trait, instances) -> {
        Map<String, Map<String, Object>> frozenInstances = new LinkedHashMap<>();
        instances.forEach((instance, attributes) ->
            frozenInstances.put(instance, Collections.unmodifiableMap(new LinkedHashMap<>(attributes))));
        frozenTraits.put(trait, Collections.unmodifiableMap(frozenInstances));
      });
      return new OpenTextMetadata(Collections.unmodifiableMap(new LinkedHashMap<>(properties)),
          Collections.unmodifiableMap(frozenTraits));
    }
  }
}
