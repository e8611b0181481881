package io.github.iconikopentext.integration.mapping.internal;

import java.util.List;

/**
 * One field of a spec as read and checked by {@link FieldCompiler}, before its defaults are worked out.
 *
 * @param iconikField the iconik metadata field name
 * @param target where the value lives in OpenText
 * @param direction which way the field is mapped
 * @param required whether a missing value is an error
 * @param list whether iconik holds several values (after a {@code split}, iconik holds one text)
 * @param split the separator of a leading {@code split} converter, or null
 * @param join the separator of a trailing {@code join} converter, or null
 * @param type the field's type in iconik
 * @param converters the per-value converters, in spec order
 * @param toOpenText the enum table used going to OpenText, or null
 * @param toIconik the enum table used going to iconik, or null
 */
record FieldDefinition(
    String iconikField,
    CmsField target,
    Direction direction,
    boolean required,
    boolean list,
    String split,
    String join,
    FieldType type,
    List<ElementConverter> converters,
    EnumTable toOpenText,
    EnumTable toIconik) {

  FieldDefinition {
    converters = List.copyOf(converters);
  }

  /** The kind of a value once all converters ran: what OpenText holds. */
  Kind openTextKind() {
    return converters.isEmpty() ? type.kind() : converters.get(converters.size() - 1).output();
  }
}
