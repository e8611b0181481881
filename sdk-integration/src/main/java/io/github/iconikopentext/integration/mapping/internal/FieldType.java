package io.github.iconikopentext.integration.mapping.internal;

/** A field's type in the spec, and the {@link Kind} its values have in iconik. */
enum FieldType {
  STRING("string", Kind.TEXT),
  TEXT("text", Kind.TEXT),
  INTEGER("integer", Kind.INTEGER),
  DECIMAL("decimal", Kind.DECIMAL),
  BOOLEAN("boolean", Kind.BOOLEAN),
  DATE("date", Kind.DATE),
  DATETIME("datetime", Kind.DATETIME),
  /** Text restricted to the keys of an enum table. */
  ENUM("enum", Kind.TEXT);

  private final String specName;
  private final Kind kind;

  FieldType(String specName, Kind kind) {
    this.specName = specName;
    this.kind = kind;
  }

  String specName() {
    return specName;
  }

  Kind kind() {
    return kind;
  }
}
