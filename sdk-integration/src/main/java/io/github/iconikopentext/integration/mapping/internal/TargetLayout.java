package io.github.iconikopentext.integration.mapping.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each OpenText target of a plan sits in the per-call slot array, and how to lay the
 * {@code properties} and {@code traits} maps over a filled array. Properties come first, then each trait
 * instance's attributes side by side, all in spec order. Immutable and thread-safe.
 */
final class TargetLayout {
  private final Map<CmsField, Integer> slots;
  private final int slotCount;
  private final SlotMap.Keys propertyKeys;
  private final SlotMap.Keys traitKeys;
  private final SlotMap.Keys[] instanceKeys;
  private final SlotMap.Keys[][] attributeKeys;
  private final int[][] attributeOffsets;

  TargetLayout(List<CmsField> targets) {
    List<String> properties = new ArrayList<>();
    Map<String, Map<String, List<String>>> traits = new LinkedHashMap<>();
    for (CmsField target : targets) {
      if (target instanceof CmsField.Property property) {
        properties.add(property.name());
      } else if (target instanceof CmsField.TraitAttribute attribute) {
        traits.computeIfAbsent(attribute.trait(), t -> new LinkedHashMap<>())
            .computeIfAbsent(attribute.instance(), i -> new ArrayList<>()).add(attribute.attribute());
      }
    }
    Map<CmsField, Integer> positions = new LinkedHashMap<>();
    int next = 0;
    for (String property : properties) {
      positions.put(new CmsField.Property(property), next++);
    }
    propertyKeys = new SlotMap.Keys(properties.toArray(new String[0]));
    traitKeys = new SlotMap.Keys(traits.keySet().toArray(new String[0]));
    instanceKeys = new SlotMap.Keys[traits.size()];
    attributeKeys = new SlotMap.Keys[traits.size()][];
    attributeOffsets = new int[traits.size()][];
    int t = 0;
    for (Map.Entry<String, Map<String, List<String>>> trait : traits.entrySet()) {
      Map<String, List<String>> instances = trait.getValue();
      instanceKeys[t] = new SlotMap.Keys(instances.keySet().toArray(new String[0]));
      attributeKeys[t] = new SlotMap.Keys[instances.size()];
      attributeOffsets[t] = new int[instances.size()];
      int i = 0;
      for (Map.Entry<String, List<String>> instance : instances.entrySet()) {
        attributeKeys[t][i] = new SlotMap.Keys(instance.getValue().toArray(new String[0]));
        attributeOffsets[t][i] = next;
        for (String attribute : instance.getValue()) {
          positions.put(new CmsField.TraitAttribute(trait.getKey(), instance.getKey(), attribute), next++);
        }
        i++;
      }
      t++;
    }
    this.slots = Map.copyOf(positions);
    this.slotCount = next;
  }

  int slotCount() {
    return slotCount;
  }

  int slotOf(CmsField target) {
    return slots.get(target);
  }

  Map<String, Object> properties(Object[] values) {
    return propertyKeys.size() == 0 ? Map.of() : new SlotMap<>(propertyKeys, values, 0);
  }

  /** The trait → instance → attribute maps; traits and instances without any value are left out. */
  Map<String, Map<String, Map<String, Object>>> traits(Object[] values) {
    if (traitKeys.size() == 0) {
      return Map.of();
    }
    Object[] traitMaps = new Object[traitKeys.size()];
    for (int t = 0; t < traitMaps.length; t++) {
      Object[] instanceMaps = new Object[instanceKeys[t].size()];
      boolean anyInstance = false;
      for (int i = 0; i < instanceMaps.length; i++) {
        SlotMap<Object> attributes = new SlotMap<>(attributeKeys[t][i], values, attributeOffsets[t][i]);
        if (!attributes.isEmpty()) {
          instanceMaps[i] = attributes;
          anyInstance = true;
        }
      }
      if (anyInstance) {
        traitMaps[t] = new SlotMap<Map<String, Object>>(instanceKeys[t], instanceMaps, 0);
      }
    }
    return new SlotMap<>(traitKeys, traitMaps, 0);
  }
}
