package io.github.iconikopentext.core.audit;

import java.util.Objects;

/**
 * What an audited action was applied to: an asset, a file, a CMS instance, a storage or destination, a credential, and
 * so on.
 * The target's id becomes the CloudEvents {@code subject}. Immutable and thread-safe.
 *
 * @param kind what sort of object it is
 * @param id the object's id in its system (never a secret)
 */
public record AuditTarget(Kind kind, String id) {

  /** The sort of object a target is. Written in events as its {@link #jsonName()}. */
  public enum Kind {
    ASSET("asset"),
    FILE("file"),
    COLLECTION("collection"),
    CMS_INSTANCE("cms_instance"),
    STORAGE("storage"),
    WEBHOOK("webhook"),
    TEMPLATE("template"),
    JOB("job"),
    /** A stored credential, by its non-secret id (e.g. an OpenText service client whose secret was regenerated). */
    CREDENTIAL("credential");

    private final String jsonName;

    Kind(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The value written in events, e.g. {@code cms_instance}. */
    public String jsonName() {
      return jsonName;
    }

    /**
     * The kind written as {@code jsonName}.
     *
     * @throws AuditException if no kind has that name
     */
    public static Kind fromJsonName(String jsonName) {
      for (Kind k : values()) {
        if (k.jsonName.equals(jsonName)) {
          return k;
        }
      }
      throw new AuditException("unknown audit target kind '" + jsonName + "'");
    }
  }

  public AuditTarget {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(id, "id == null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("audit target id is empty");
    }
  }

  public static AuditTarget of(Kind kind, String id) {
    return new AuditTarget(kind, id);
  }

  public static AuditTarget asset(String id) {
    return new AuditTarget(Kind.ASSET, id);
  }
}
