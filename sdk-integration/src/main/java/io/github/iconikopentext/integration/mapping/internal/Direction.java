package io.github.iconikopentext.integration.mapping.internal;

/** Which way a field is mapped. */
enum Direction {
  TO_OPENTEXT("to-opentext"),
  TO_ICONIK("to-iconik"),
  BOTH("both");

  private final String specName;

  Direction(String specName) {
    this.specName = specName;
  }

  String specName() {
    return specName;
  }

  boolean toOpenText() {
    return this != TO_ICONIK;
  }

  boolean toIconik() {
    return this != TO_OPENTEXT;
  }
}
