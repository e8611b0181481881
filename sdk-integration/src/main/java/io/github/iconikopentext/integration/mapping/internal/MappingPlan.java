package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.integration.mapping.MappingProblem;
import io.github.iconikopentext.integration.mapping.MappingResult;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled mapping spec: per direction, the fields to map in spec order, each with its target slot; plus what
 * the spec mentions, for the unmapped-field policy. Built once by {@link SpecCompiler}; immutable and thread-safe,
 * every call works on its own arrays and collectors.
 */
public final class MappingPlan {
  private final String name;
  private final int specVersion;
  private final String description;
  private final CompiledField[] toOpenText;
  private final int[] toOpenTextSlots;
  private final CompiledField[] toIconik;
  private final TargetLayout layout;
  private final UnmappedPolicy unmappedToOpenText;
  private final UnmappedPolicy unmappedToIconik;
  private final Set<String> knownIconikFields;
  private final Set<String> knownProperties;
  /** trait → instance → attributes the spec mentions. */
  private final Map<String, Map<String, Set<String>>> knownTraits;

  MappingPlan(String name, int specVersion, String description, List<CompiledField> fields,
      UnmappedPolicy unmappedToOpenText, UnmappedPolicy unmappedToIconik) {
    this.name = name;
    this.specVersion = specVersion;
    this.description = description;
    this.unmappedToOpenText = unmappedToOpenText;
    this.unmappedToIconik = unmappedToIconik;
    List<CompiledField> outbound = new ArrayList<>();
    List<CompiledField> inbound = new ArrayList<>();
    List<CmsField> targets = new ArrayList<>();
    Set<String> iconikFields = new HashSet<>();
    Set<String> properties = new HashSet<>();
    Map<String, Map<String, Set<String>>> traits = new HashMap<>();
    for (CompiledField field : fields) {
      if (field.direction().toOpenText()) {
        outbound.add(field);
        targets.add(field.target());
      }
      if (field.direction().toIconik()) {
        inbound.add(field);
      }
      iconikFields.add(field.iconikField());
      if (field.target() instanceof CmsField.Property property) {
        properties.add(property.name());
      } else if (field.target() instanceof CmsField.TraitAttribute attribute) {
        traits.computeIfAbsent(attribute.trait(), t -> new HashMap<>())
            .computeIfAbsent(attribute.instance(), i -> new HashSet<>()).add(attribute.attribute());
      }
    }
    this.toOpenText = outbound.toArray(new CompiledField[0]);
    this.toIconik = inbound.toArray(new CompiledField[0]);
    this.layout = new TargetLayout(targets);
    this.toOpenTextSlots = new int[toOpenText.length];
    for (int i = 0; i < toOpenText.length; i++) {
      toOpenTextSlots[i] = layout.slotOf(toOpenText[i].target());
    }
    this.knownIconikFields = Set.copyOf(iconikFields);
    this.knownProperties = Set.copyOf(properties);
    Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
    traits.forEach((trait, instances) -> {
      Map<String, Set<String>> frozenInstances = new HashMap<>();
      instances.forEach((instance, attributes) -> frozenInstances.put(instance, Set.copyOf(attributes)));
      frozen.put(trait, Map.copyOf(frozenInstances));
    });
    this.knownTraits = Map.copyOf(frozen);
  }

  public String name() {
    return name;
  }

  public int specVersion() {
    return specVersion;
  }

  /** The spec's description, or null. */
  public String description() {
    return description;
  }

  public OpenTextOutput toOpenText(MetadataValues source) {
    Object[] values = new Object[layout.slotCount()];
    ProblemCollector problems = new ProblemCollector();
    for (int i = 0; i < toOpenText.length; i++) {
      CompiledField field = toOpenText[i];
      Object value = field.toOpenText(source.values(field.iconikField()), problems);
      if (value != null) {
        values[toOpenTextSlots[i]] = value;
      }
    }
    if (unmappedToOpenText != UnmappedPolicy.IGNORE) {
      for (String field : source.fields()) {
        if (!knownIconikFields.contains(field)) {
          unmapped(problems, field, unmappedToOpenText, "the mapping spec does not mention this iconik field");
        }
      }
    }
    return new OpenTextOutput(layout.properties(values), layout.traits(values), problems.problems());
  }

  public MappingResult<MetadataValues> toIconik(OpenTextMetadata source) {
    MetadataValues.Builder values = MetadataValues.builder();
    ProblemCollector problems = new ProblemCollector();
    for (CompiledField field : toIconik) {
      List<Object> mapped = field.toIconik(field.target().read(source), problems);
      if (mapped != null) {
        values.putAll(field.iconikField(), mapped);
      }
    }
    if (unmappedToIconik != UnmappedPolicy.IGNORE) {
      reportUnmapped(source, problems);
    }
    return new MappingResult<>(values.build(), problems.problems());
  }

  private void reportUnmapped(OpenTextMetadata source, ProblemCollector problems) {
    String message = "the mapping spec does not mention this OpenText value";
    for (String property : source.properties().keySet()) {
      if (!knownProperties.contains(property)) {
        unmapped(problems, "properties." + property, unmappedToIconik, message);
      }
    }
    source.traits().forEach((trait, instances) -> {
      Map<String, Set<String>> knownInstances = knownTraits.get(trait);
      if (knownInstances == null) {
        unmapped(problems, "traits." + trait, unmappedToIconik, "the mapping spec does not mention this trait");
        return;
      }
      instances.forEach((instance, attributes) -> {
        Set<String> knownAttributes = knownInstances.get(instance);
        if (knownAttributes == null) {
          unmapped(problems, "traits." + trait + '.' + instance, unmappedToIconik,
              "the mapping spec does not mention this trait instance");
          return;
        }
        for (String attribute : attributes.keySet()) {
          if (!knownAttributes.contains(attribute)) {
            unmapped(problems, "traits." + trait + '.' + instance + '.' + attribute, unmappedToIconik, message);
          }
        }
      });
    });
  }

  private static void unmapped(ProblemCollector problems, String field, UnmappedPolicy policy, String message) {
    problems.add(field, MappingProblem.Code.UNMAPPED_FIELD, policy.severity(), message);
  }

  @Override
  public String toString() {
    return "MappingPlan{" + name + " v" + specVersion + ", " + toOpenText.length + " fields to OpenText, "
        + toIconik.length + " to iconik}";
  }
}
