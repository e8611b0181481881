package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;
import java.util.List;

/**
 * One field of a compiled plan: maps that field's values in either direction. Everything that can be decided
 * from the spec — kinds, converters, tables, defaults already converted — is decided at construction, so a
 * mapping call does lookups and conversions only. Immutable and thread-safe.
 *
 * <p>Going to OpenText a value is read as the field's type, passed through the converters in spec order, then
 * through the {@code to_opentext} enum table; going to iconik it is read as the OpenText kind, passed through the
 * {@code to_iconik} table, then through the converters' inverses in reverse order.
 */
final class CompiledField {
  private final String iconikField;
  private final CmsField target;
  private final Direction direction;
  private final boolean required;
  private final String split;
  private final String join;
  /** Whether the field holds exactly one value on both sides. */
  private final boolean single;
  private final Kind iconikKind;
  private final Kind openTextKind;
  private final ElementConverter[] converters;
  private final EnumTable toOpenTextTable;
  private final EnumTable toIconikTable;
  private final Object openTextDefault;
  private final List<Object> iconikDefault;

  /**
   * @param openTextDefault the default as OpenText receives it, or null
   * @param iconikDefault the default as iconik receives it, or null
   */
  CompiledField(FieldDefinition definition, Object openTextDefault, List<Object> iconikDefault) {
    this.iconikField = definition.iconikField();
    this.target = definition.target();
    this.direction = definition.direction();
    this.required = definition.required();
    this.split = definition.split();
    this.join = definition.join();
    this.single = !definition.list() && split == null;
    this.iconikKind = definition.type().kind();
    this.openTextKind = definition.openTextKind();
    this.converters = definition.converters().toArray(new ElementConverter[0]);
    this.toOpenTextTable = definition.toOpenText();
    this.toIconikTable = definition.toIconik();
    this.openTextDefault = openTextDefault;
    this.iconikDefault = iconikDefault;
  }

  String iconikField() {
    return iconikField;
  }

  CmsField target() {
    return target;
  }

  Direction direction() {
    return direction;
  }

  /**
   * Maps this field's iconik values to the OpenText value: a single value, or an unmodifiable list for a
   * multi-value field (even with one element). Returns null — having reported why, unless nothing was there and
   * nothing was required — when there is nothing to write.
   */
  Object toOpenText(List<?> iconikValues, ProblemCollector problems) {
    List<?> values = iconikValues;
    if (split != null && !values.isEmpty()) {
      if (values.size() > 1) {
        return multipleValues(values.size(), problems);
      }
      Object text = Kind.TEXT.coerce(values.get(0));
      if (text instanceof Rejection rejection) {
        problems.error(iconikField, rejection);
        return null;
      }
      values = Separated.split((String) text, split);
    }
    int count = values.size();
    if (count == 0) {
      return missing(openTextDefault, problems);
    }
    if (single) {
      if (count > 1) {
        return multipleValues(count, problems);
      }
      return reported(elementToOpenText(values.get(0), problems), 0, 1, problems);
    }
    Object[] converted = convertEach(values, true, problems);
    if (converted == null) {
      return null;
    }
    if (join != null) {
      return reported(Separated.join(converted, join), 0, 1, problems);
    }
    return List.of(converted);
  }

  /**
   * Maps this field's OpenText value (null when absent) to its iconik values, or returns null — having reported
   * why, unless nothing was there and nothing was required — when there is nothing to write.
   */
  List<Object> toIconik(Object openTextValue, ProblemCollector problems) {
    if (openTextValue != null && join == null && split == null && !(openTextValue instanceof List)) {
      Object value = reported(elementToIconik(openTextValue, problems), 0, 1, problems);
      return value == null ? null : List.of(value);
    }
    List<?> values;
    if (openTextValue == null) {
      values = List.of();
    } else if (join != null) {
      Object text = openTextValue instanceof List ? Kind.TEXT.mismatch(openTextValue)
          : Kind.TEXT.coerce(openTextValue);
      if (text instanceof Rejection rejection) {
        problems.error(iconikField, rejection);
        return null;
      }
      values = Separated.split((String) text, join);
    } else if (openTextValue instanceof List<?> openTextValues) {
      values = openTextValues;
    } else {
      values = List.of(openTextValue);
    }
    int count = values.size();
    if (count == 0) {
      return missing(iconikDefault, problems);
    }
    if (count > 1 && single) {
      return multipleValues(count, problems);
    }
    Object[] converted = convertEach(values, false, problems);
    if (converted == null) {
      return null;
    }
    if (split != null) {
      Object joined = reported(Separated.join(converted, split), 0, 1, problems);
      return joined == null ? null : List.of(joined);
    }
    return List.of(converted);
  }

  /** Every value converted, or null after reporting each one that could not be: a field is all or nothing. */
  private Object[] convertEach(List<?> values, boolean toOpenText, ProblemCollector problems) {
    int count = values.size();
    Object[] converted = new Object[count];
    boolean failed = false;
    for (int i = 0; i < count; i++) {
      Object value = toOpenText ? elementToOpenText(values.get(i), problems) : elementToIconik(values.get(i), problems);
      converted[i] = reported(value, i, count, problems);
      failed |= converted[i] == null;
    }
    return failed ? null : converted;
  }

  private Object elementToOpenText(Object iconikValue, ProblemCollector problems) {
    Object value = iconikKind.coerce(iconikValue);
    for (int i = 0; i < converters.length && !(value instanceof Rejection); i++) {
      value = converters[i].toOpenText(value);
    }
    if (toOpenTextTable == null || value instanceof Rejection) {
      return value;
    }
    return lookUp(toOpenTextTable, "to_opentext", (String) value, problems);
  }

  private Object elementToIconik(Object openTextValue, ProblemCollector problems) {
    Object value = openTextKind.coerce(openTextValue);
    if (toIconikTable != null && !(value instanceof Rejection)) {
      value = lookUp(toIconikTable, "to_iconik", (String) value, problems);
    }
    for (int i = converters.length - 1; i >= 0 && !(value instanceof Rejection); i--) {
      value = converters[i].toIconik(value);
    }
    return value instanceof Rejection ? value : iconikKind.toIconik(value);
  }

  private Object lookUp(EnumTable table, String tableName, String value, ProblemCollector problems) {
    String mapped = table.lookup(value);
    if (mapped != null) {
      return mapped;
    }
    if (table.fallback() != null) {
      problems.add(iconikField, MappingProblem.Code.ENUM_FALLBACK, MappingProblem.Severity.WARNING,
          Rejection.excerpt(value) + " is not in the " + tableName + " table; used the fallback "
              + Rejection.excerpt(table.fallback()));
      return table.fallback();
    }
    return new Rejection(MappingProblem.Code.UNMAPPED_ENUM_VALUE, Rejection.excerpt(value) + " is not in the "
        + tableName + " table " + table.sourceValues() + " and its fallback is reject");
  }

  /** The value, or null after reporting the rejection (naming the element's position within a list). */
  private Object reported(Object value, int index, int count, ProblemCollector problems) {
    if (!(value instanceof Rejection rejection)) {
      return value;
    }
    problems.error(iconikField, count == 1 ? rejection
        : new Rejection(rejection.code, "value " + (index + 1) + " of " + count + ": " + rejection.message));
    return null;
  }

  private <T> T missing(T defaultValue, ProblemCollector problems) {
    if (defaultValue == null && required) {
      problems.add(iconikField, MappingProblem.Code.REQUIRED_MISSING, MappingProblem.Severity.ERROR,
          "the required field has no value");
    }
    return defaultValue;
  }

  private <T> T multipleValues(int count, ProblemCollector problems) {
    problems.add(iconikField, MappingProblem.Code.MULTIPLE_VALUES, MappingProblem.Severity.ERROR,
        "the field takes one value but has " + count + "; none was mapped");
    return null;
  }

  @Override
  public String toString() {
    return iconikField + " → " + target + " (" + direction.specName() + ')';
  }
}
