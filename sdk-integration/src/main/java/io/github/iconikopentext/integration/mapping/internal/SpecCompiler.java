package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.core.json.internal.JsonLines;
import io.github.iconikopentext.integration.mapping.MappingSpecException;
import io.github.iconikopentext.integration.mapping.SpecProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads, checks and compiles a mapping spec. Everything is checked before anything is reported, so one load
 * lists every problem of the spec with its JSON path. Stateless and thread-safe.
 */
public final class SpecCompiler {
  /** The only spec version this SDK reads. */
  public static final int SPEC_VERSION = 1;

  private SpecCompiler() {}

  /**
   * Compiles a spec.
   *
   * @throws MappingSpecException listing every problem when the spec is invalid
   */
  public static MappingPlan compile(String json) {
    ProblemList problems = new ProblemList();
    SpecObject spec = read(json, problems);
    MappingPlan plan = spec == null ? null : plan(spec, problems);
    if (plan == null || !problems.isEmpty()) {
      Object name = spec == null ? null : spec.raw("name");
      throw new MappingSpecException(name instanceof String text ? text : null, located(json, problems.problems()));
    }
    return plan;
  }

  /** Every problem of a spec, in spec order; empty when the spec is valid. */
  public static List<SpecProblem> validate(String json) {
    ProblemList problems = new ProblemList();
    SpecObject spec = read(json, problems);
    if (spec != null) {
      plan(spec, problems);
    }
    return located(json, problems.problems());
  }

  /** {@code problems} with the line of {@code json} each path is on. */
  private static List<SpecProblem> located(String json, List<SpecProblem> problems) {
    if (problems.isEmpty()) {
      return problems;
    }
    JsonLines lines = JsonLines.of(json);
    return problems.stream().map(p -> new SpecProblem(p.path(), p.message(),
        p.path().equals("$") && lines.syntaxErrorLine() > 0 ? lines.syntaxErrorLine() : lines.line(p.path())))
        .toList();
  }

  private static SpecObject read(String json, ProblemList problems) {
    Objects.requireNonNull(json, "json == null");
    Object root = JsonTree.read(json, problems);
    return problems.isEmpty() ? SpecObject.of(root, "$", problems) : null;
  }

  /** The plan, or null when a problem was found (the problems hold why). */
  private static MappingPlan plan(SpecObject spec, ProblemList problems) {
    spec.allowOnly("spec_version", "name", "description", "unmapped", "fields");
    Integer version = spec.integer("spec_version", true, 1, 999);
    if (version != null && version != SPEC_VERSION) {
      problems.add(spec.path("spec_version"),
          "unsupported spec_version " + version + " (this SDK reads version " + SPEC_VERSION + ')');
    }
    String name = spec.string("name", true);
    String description = spec.string("description", false);
    UnmappedPolicy[] unmapped = unmappedPolicies(spec, problems);
    List<?> fieldSpecs = spec.array("fields", true);
    List<FieldCompiler.Result> fields = new ArrayList<>();
    if (fieldSpecs != null) {
      if (fieldSpecs.isEmpty()) {
        problems.add(spec.path("fields"), "a spec needs at least one field");
      }
      for (int i = 0; i < fieldSpecs.size(); i++) {
        SpecObject fieldSpec = SpecObject.of(fieldSpecs.get(i), Paths.index(spec.path("fields"), i), problems);
        fields.add(fieldSpec == null ? FieldCompiler.Result.NONE : FieldCompiler.compile(fieldSpec, problems));
      }
      checkDuplicateTargets(fields, spec.path("fields"), problems);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    List<CompiledField> compiled = new ArrayList<>(fields.size());
    for (FieldCompiler.Result field : fields) {
      compiled.add(field.compiled());
    }
    return new MappingPlan(name, version, description, compiled, unmapped[0], unmapped[1]);
  }

  /** {@code "unmapped": "warn"} for both directions, or {@code {"to_opentext": …, "to_iconik": …}}. */
  private static UnmappedPolicy[] unmappedPolicies(SpecObject spec, ProblemList problems) {
    UnmappedPolicy[] policies = {UnmappedPolicy.WARN, UnmappedPolicy.WARN};
    Object unmapped = spec.raw("unmapped");
    if (unmapped instanceof Map) {
      SpecObject perDirection = spec.object("unmapped", true);
      perDirection.allowOnly("to_opentext", "to_iconik");
      policies[0] = perDirection.choice("to_opentext", false, UnmappedPolicy.WARN, UnmappedPolicy.values(),
          UnmappedPolicy::specName);
      policies[1] = perDirection.choice("to_iconik", false, UnmappedPolicy.WARN, UnmappedPolicy.values(),
          UnmappedPolicy::specName);
    } else if (spec.has("unmapped")) {
      UnmappedPolicy both = spec.choice("unmapped", true, null, UnmappedPolicy.values(), UnmappedPolicy::specName);
      policies[0] = both;
      policies[1] = both;
    }
    return policies;
  }

  /**
   * Two fields may not write the same place: in OpenText when both map to OpenText, in iconik when both map to
   * iconik. (Reading the same place twice is fine.) Fields with other problems take part too, as far as their
   * iconik name, target and direction could be read.
   */
  private static void checkDuplicateTargets(List<FieldCompiler.Result> fields, String path, ProblemList problems) {
    Map<CmsField, Integer> openTextWriters = new HashMap<>();
    Map<String, Integer> iconikWriters = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldCompiler.Result field = fields.get(i);
      if (field.direction() == null) {
        continue;
      }
      String fieldPath = Paths.index(path, i);
      if (field.direction().toOpenText() && field.target() != null) {
        Integer first = openTextWriters.putIfAbsent(field.target(), i);
        if (first != null) {
          problems.add(Paths.member(fieldPath, "opentext"), "duplicate target: " + field.target()
              + " is already written by " + Paths.index(path, first));
        }
      }
      if (field.direction().toIconik() && field.iconikField() != null) {
        Integer first = iconikWriters.putIfAbsent(field.iconikField(), i);
        if (first != null) {
          problems.add(Paths.member(fieldPath, "iconik"), "duplicate target: iconik field '" + field.iconikField()
              + "' is already written by " + Paths.index(path, first));
        }
      }
    }
  }
}
