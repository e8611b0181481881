package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks one entry of a spec's {@code fields} array and compiles it. Checks that need the whole entry
 * (enum tables against converters, invertibility of {@code both} fields, the default) run only once the entry's
 * own members are sound, so one mistake is reported once rather than echoed by every check after it.
 */
final class FieldCompiler {
  private FieldCompiler() {}

  /**
   * A field as far as it could be read: the compiled field when it has no problem, and otherwise whichever of its
   * name, target and direction were valid, for the checks across fields.
   */
  record Result(CompiledField compiled, String iconikField, CmsField target, Direction direction) {
    static final Result NONE = new Result(null, null, null, null);
  }

  /** The field, compiled unless a problem was recorded. */
  static Result compile(SpecObject field, ProblemList problems) {
    int problemsBefore = problems.size();
    field.allowOnly("iconik", "opentext", "type", "list", "direction", "required", "default", "converters",
        "enum", "description");
    String iconikField = field.string("iconik", true);
    CmsField target = target(field.object("opentext", true));
    FieldType type = field.choice("type", true, null, FieldType.values(), FieldType::specName);
    boolean list = field.bool("list", false);
    Direction direction = field.choice("direction", false, Direction.BOTH, Direction.values(), Direction::specName);
    boolean required = field.bool("required", false);
    field.string("description", false);
    List<?> converterSpecs = field.array("converters", false);
    ConverterCompiler.Converters converters = converterSpecs == null ? ConverterCompiler.Converters.NONE
        : ConverterCompiler.compile(converterSpecs, field.path("converters"), type == null ? null : type.kind(), list,
            problems);
    SpecObject enumSpec = field.object("enum", false);
    EnumTable toOpenText = enumSpec == null ? null : table(enumSpec, "to_opentext");
    EnumTable toIconik = enumSpec == null ? null : table(enumSpec, "to_iconik");
    if (enumSpec != null) {
      enumSpec.allowOnly("to_opentext", "to_iconik");
    }
    if (type == FieldType.ENUM && !field.has("enum")) {
      problems.add(field.path(), "a field of type enum needs an 'enum' member with its value tables");
    } else if (type != null && type != FieldType.ENUM && field.has("enum")) {
      problems.add(field.path("enum"), "enum tables need type enum, but the type is " + type.specName());
    }
    if (problems.size() > problemsBefore || direction == null) {
      return new Result(null, iconikField, target, direction);
    }
    FieldDefinition definition = new FieldDefinition(iconikField, target, direction, required, list,
        converters.split(), converters.join(), type, converters.perValue(), toOpenText, toIconik);
    checkEnumTables(definition, enumSpec);
    checkConvertersInvert(definition, field.path("converters"), problems);
    CompiledField compiled = problems.size() > problemsBefore ? null : withDefault(definition, field, problems);
    return new Result(compiled, iconikField, target, direction);
  }

  private static CmsField target(SpecObject spec) {
    if (spec == null) {
      return null;
    }
    spec.allowOnly("property", "trait", "instance", "attribute");
    if (spec.has("property")) {
      if (spec.has("trait") || spec.has("instance") || spec.has("attribute")) {
        spec.problems().add(spec.path(), "give either 'property' or 'trait', 'instance' and 'attribute', not both");
        return null;
      }
      String property = spec.string("property", true);
      return property == null ? null : new CmsField.Property(property);
    }
    String trait = spec.string("trait", true);
    String instance = spec.string("instance", true);
    String attribute = spec.string("attribute", true);
    return trait == null || instance == null || attribute == null ? null
        : new CmsField.TraitAttribute(trait, instance, attribute);
  }

  /** One direction's table, or null when absent or after recording its problems. */
  private static EnumTable table(SpecObject enumSpec, String member) {
    SpecObject spec = enumSpec.object(member, false);
    if (spec == null) {
      return null;
    }
    ProblemList problems = spec.problems();
    int problemsBefore = problems.size();
    spec.allowOnly("values", "fallback");
    SpecObject valuesSpec = spec.object("values", true);
    Map<String, String> values = new LinkedHashMap<>();
    if (valuesSpec != null) {
      ((Map<?, ?>) spec.raw("values")).forEach((key, value) -> {
        if (value instanceof String text) {
          values.put((String) key, text);
        } else {
          problems.add(valuesSpec.path((String) key), "expected text, found " + SpecObject.describe(value));
        }
      });
      if (values.isEmpty() && problems.size() == problemsBefore) {
        problems.add(valuesSpec.path(), "an enum table needs at least one value");
      }
    }
    String fallback = null;
    Object fallbackSpec = spec.raw("fallback");
    if (!spec.has("fallback")) {
      problems.add(spec.path(), "an enum table needs an explicit fallback: \"reject\" or {\"use\": <value>}");
    } else if (!"reject".equals(fallbackSpec)) {
      SpecObject use = fallbackSpec instanceof Map ? SpecObject.of(fallbackSpec, spec.path("fallback"), problems)
          : null;
      if (use == null) {
        problems.add(spec.path("fallback"), "expected \"reject\" or {\"use\": <value>}, found "
            + SpecObject.describe(fallbackSpec));
      } else {
        use.allowOnly("use");
        fallback = use.string("use", true);
      }
    }
    return problems.size() > problemsBefore ? null : new EnumTable(values, fallback);
  }

  /**
   * Each direction needs its table and no table may go unused; the iconik values in the tables must be in the
   * form the converters produce, or they could never match; a {@code both} field's tables must invert.
   */
  private static void checkEnumTables(FieldDefinition field, SpecObject enumSpec) {
    if (field.type() != FieldType.ENUM) {
      return;
    }
    ProblemList problems = enumSpec.problems();
    Direction direction = field.direction();
    checkTablePresence(enumSpec, "to_opentext", field.toOpenText() != null, direction.toOpenText(), direction);
    checkTablePresence(enumSpec, "to_iconik", field.toIconik() != null, direction.toIconik(), direction);
    String toOpenTextPath = Paths.member(enumSpec.path("to_opentext"), "values");
    String toIconikPath = Paths.member(enumSpec.path("to_iconik"), "values");
    if (field.toOpenText() != null) {
      for (String iconikValue : field.toOpenText().values().keySet()) {
        checkCanonical(field, iconikValue, Paths.member(toOpenTextPath, iconikValue), problems);
      }
    }
    if (field.toIconik() != null) {
      field.toIconik().values().forEach((openTextValue, iconikValue) -> checkCanonical(field, iconikValue,
          Paths.member(toIconikPath, openTextValue), problems));
      String fallback = field.toIconik().fallback();
      if (fallback != null && field.toOpenText() != null && field.toOpenText().lookup(fallback) == null) {
        problems.add(Paths.member(enumSpec.path("to_iconik"), "fallback"), "fallback " + Rejection.excerpt(fallback)
            + " is not an iconik value of the to_opentext table " + field.toOpenText().sourceValues());
      }
    }
    if (direction == Direction.BOTH && field.toOpenText() != null && field.toIconik() != null) {
      field.toOpenText().values().forEach((iconikValue, openTextValue) -> {
        String back = field.toIconik().lookup(openTextValue);
        if (!iconikValue.equals(back)) {
          problems.add(Paths.member(toOpenTextPath, iconikValue), "the field maps both ways, but "
              + Rejection.excerpt(iconikValue) + " → " + Rejection.excerpt(openTextValue) + " comes back as "
              + (back == null ? "nothing (not in to_iconik)" : Rejection.excerpt(back)));
        }
      });
    }
  }

  private static void checkTablePresence(SpecObject enumSpec, String member, boolean present, boolean needed,
      Direction direction) {
    if (needed && !present && !enumSpec.has(member)) {
      enumSpec.problems().add(enumSpec.path(), "missing the " + member + " table the direction "
          + direction.specName() + " needs");
    } else if (!needed && present) {
      enumSpec.problems().add(enumSpec.path(member), "the " + member + " table is never used: the direction is "
          + direction.specName());
    }
  }

  /** An iconik enum value the converters would change can never be matched, nor come back unchanged. */
  private static void checkCanonical(FieldDefinition field, String iconikValue, String path, ProblemList problems) {
    Object value = iconikValue;
    for (ElementConverter converter : field.converters()) {
      value = converter.toOpenText(value);
      if (value instanceof Rejection rejection) {
        problems.add(path, "the converters reject this value: " + rejection.message);
        return;
      }
    }
    if (!iconikValue.equals(value)) {
      problems.add(path, Rejection.excerpt(iconikValue) + " can never match: the converters turn values into "
          + Rejection.excerpt(value) + " first");
    }
  }

  private static void checkConvertersInvert(FieldDefinition field, String path, ProblemList problems) {
    List<ElementConverter> converters = field.converters();
    int offset = field.split() == null ? 0 : 1;
    for (int i = 0; i < converters.size(); i++) {
      ElementConverter converter = converters.get(i);
      String why = field.direction() == Direction.BOTH ? converter.lossiness()
          : field.direction().toIconik() ? converter.unreadable() : null;
      if (why != null) {
        problems.add(Paths.index(path, i + offset), field.direction() == Direction.BOTH
            ? "the field maps both ways, but its conversion does not invert: " + why
            : "the field maps to iconik, but " + why);
      }
    }
  }

  /**
   * Works out the default in both directions by running it through the field itself, so a default that the
   * field's own rules would reject — wrong type, not in the enum table, failing the regex — is a spec problem.
   */
  private static CompiledField withDefault(FieldDefinition definition, SpecObject field, ProblemList problems) {
    CompiledField withoutDefault = new CompiledField(definition, null, null);
    if (!field.has("default")) {
      return withoutDefault;
    }
    String path = field.path("default");
    Object raw = field.raw("default");
    if (definition.required()) {
      problems.add(path, "a required field cannot have a default: the default would hide the missing value");
      return null;
    }
    List<?> rawValues = defaultValues(raw, definition.list(), path, problems);
    if (rawValues == null) {
      return null;
    }
    int problemsBefore = problems.size();
    Direction direction = definition.direction();
    ProblemCollector found = new ProblemCollector();
    Object openTextDefault = direction.toOpenText() ? withoutDefault.toOpenText(rawValues, found) : null;
    Kind iconikKind = definition.split() == null ? definition.type().kind() : Kind.TEXT;
    List<Object> canonical = canonicalIconik(iconikKind, rawValues);
    List<Object> iconikDefault = null;
    if (direction == Direction.BOTH) {
      iconikDefault = withoutDefault.toIconik(openTextDefault, found);
    } else if (direction == Direction.TO_ICONIK) {
      iconikDefault = canonical;
      EnumTable table = definition.toIconik();
      for (Object value : rawValues) {
        if (table != null && !table.values().containsValue(value)) {
          problems.add(path, Rejection.excerpt(value) + " is not an iconik value of the to_iconik table "
              + table.values().values());
        }
      }
    }
    for (MappingProblem problem : found.problems()) {
      problems.add(path, problem.message());
    }
    if (found.isEmpty() && canonical == null) {
      problems.add(path, "the default " + rawValues + " is not " + iconikKind.withArticle());
    } else if (found.isEmpty() && direction == Direction.BOTH && !canonical.equals(iconikDefault)) {
      problems.add(path, "the default " + canonical + " maps back as " + iconikDefault
          + "; give it in the form the converters produce");
    }
    return problems.size() > problemsBefore ? null
        : new CompiledField(definition, openTextDefault, iconikDefault);
  }

  private static List<?> defaultValues(Object raw, boolean list, String path, ProblemList problems) {
    if (raw == null || raw instanceof Map) {
      problems.add(path, "expected a " + (list ? "non-empty array of values" : "value") + ", found "
          + SpecObject.describe(raw));
      return null;
    }
    if (list != raw instanceof List) {
      problems.add(path, list ? "the field is a list, so its default must be an array"
          : "the field is not a list, so its default must be a single value");
      return null;
    }
    List<?> values = list ? (List<?>) raw : List.of(raw);
    if (values.isEmpty()) {
      problems.add(path, "an empty default means no default: leave it out");
      return null;
    }
    return values;
  }

  /** A spec default the way iconik holds it, or null when a value is not of the kind. */
  private static List<Object> canonicalIconik(Kind kind, List<?> rawValues) {
    List<Object> out = new ArrayList<>(rawValues.size());
    for (Object raw : rawValues) {
      Object value = kind.coerce(raw);
      if (value instanceof Rejection) {
        return null;
      }
      out.add(kind.toIconik(value));
    }
    return List.copyOf(out);
  }
}
