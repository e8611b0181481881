package io.github.iconikopentext.core.audit;

/** The remote system an audited action concerns. Written in events as its {@link #jsonName()}. */
public enum AuditSystem {
  ICONIK("iconik", "iconik"),
  OPENTEXT("opentext", "OpenText");

  private final String jsonName;
  private final String displayName;

  AuditSystem(String jsonName, String displayName) {
    this.jsonName = jsonName;
    this.displayName = displayName;
  }

  /** The value written in events: {@code iconik} or {@code opentext}. */
  public String jsonName() {
    return jsonName;
  }

  /** The product name, e.g. {@code OpenText}, as security tools show it. */
  public String displayName() {
    return displayName;
  }

  /**
   * The system written as {@code jsonName}.
   *
   * @throws AuditException if no system has that name
   */
  public static AuditSystem fromJsonName(String jsonName) {
    for (AuditSystem s : values()) {
      if (s.jsonName.equals(jsonName)) {
        return s;
      }
    }
    throw new AuditException("unknown audit system '" + jsonName + "'");
  }
}
