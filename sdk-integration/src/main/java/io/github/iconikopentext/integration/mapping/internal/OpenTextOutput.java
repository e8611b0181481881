package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;
import java.util.List;
import java.util.Map;

/**
 * What {@link MappingPlan#toOpenText} produces, before the public API wraps it: unmodifiable maps holding only
 * canonical values, ready to be taken as they are.
 *
 * @param properties the mapped properties
 * @param traits the mapped traits: trait → instance → attribute → value
 * @param problems the problems met
 */
public record OpenTextOutput(
    Map<String, Object> properties,
    Map<String, Map<String, Map<String, Object>>> traits,
    List<MappingProblem> problems) {}
