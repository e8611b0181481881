package io.github.iconikopentext.core.audit;

import java.util.Objects;

/**
 * The remote system an audited action concerns, written in events as its {@link #jsonName()}. The core knows no
 * vendor: each vendor module defines its system (e.g. {@code IconikEnvironment.AUDIT_SYSTEM}). Two systems are
 * equal when their JSON names are; the display name is for people and security tools only.
 *
 * @param jsonName the value written in events, e.g. {@code opentext}: lower case, non-empty
 * @param displayName the product name, e.g. {@code OpenText}, as security tools show it
 */
public record AuditSystem(String jsonName, String displayName) {

  public AuditSystem {
    Objects.requireNonNull(jsonName, "jsonName == null");
    Objects.requireNonNull(displayName, "displayName == null");
    if (jsonName.isBlank() || !jsonName.equals(jsonName.strip())) {
      throw new AuditException("audit system name must be non-empty, without surrounding space: '" + jsonName + "'");
    }
  }

  /** The system {@code jsonName}, shown as {@code displayName}. */
  public static AuditSystem of(String jsonName, String displayName) {
    return new AuditSystem(jsonName, displayName);
  }

  /** The system written as {@code jsonName}, as read back from an event (its display name is its JSON name). */
  public static AuditSystem fromJsonName(String jsonName) {
    return new AuditSystem(jsonName, jsonName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditSystem other && jsonName.equals(other.jsonName);
  }

  @Override
  public int hashCode() {
    return jsonName.hashCode();
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
