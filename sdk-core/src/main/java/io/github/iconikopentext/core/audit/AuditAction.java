package io.github.iconikopentext.core.audit;

/**
 * What happened, in the vocabulary of the audit log. Each action has an {@link #eventName()} written in the event
 * data ({@code asset.transferred}) and a CloudEvents {@link #cloudEventType()}
 * ({@code io.github.iconikopentext.asset.transferred.v1}). New actions may be added in later versions; existing
 * names never change meaning.
 */
public enum AuditAction {
  /** An asset's record (not its media) was read. */
  ASSET_READ("asset.read"),
  ASSET_CREATED("asset.created"),
  ASSET_UPDATED("asset.updated"),
  ASSET_DELETED("asset.deleted"),
  /** An asset's media (a file or a proxy) was downloaded. */
  ASSET_DOWNLOADED("asset.downloaded"),
  /** An asset was shared with people outside its system (e.g. an iconik share by email or URL). */
  ASSET_SHARED("asset.shared"),
  /** Media was uploaded into a system. */
  ASSET_UPLOADED("asset.uploaded"),
  /** An asset was moved or copied from one system to another (bytes and checksum say what arrived). */
  ASSET_TRANSFERRED("asset.transferred"),
  METADATA_READ("metadata.read"),
  METADATA_UPDATED("metadata.updated"),
  /** A webhook delivery was accepted (its signature verified). */
  WEBHOOK_RECEIVED("webhook.received"),
  /** A webhook delivery was rejected (bad signature, stale timestamp, malformed body). */
  WEBHOOK_REJECTED("webhook.rejected"),
  /** A stored credential was used to authenticate. */
  CREDENTIAL_USED("credential.used"),
  /** An access token was issued to the SDK. */
  TOKEN_ISSUED("token.issued"),
  /** Refreshing an access token failed. */
  TOKEN_REFRESH_FAILED("token.refresh_failed"),
  /** An integration template was validated (check only). */
  TEMPLATE_VALIDATED("template.validated"),
  /** An integration template was promoted (applied) to an environment. */
  TEMPLATE_PROMOTED("template.promoted"),
  /** A remote job (transcode, transfer, …) ended in failure. */
  JOB_FAILED("job.failed");

  private static final String TYPE_PREFIX = "io.github.iconikopentext.";
  private static final String TYPE_SUFFIX = ".v1";

  private final String eventName;
  private final String cloudEventType;

  AuditAction(String eventName) {
    this.eventName = eventName;
    this.cloudEventType = TYPE_PREFIX + eventName + TYPE_SUFFIX;
  }

  /** The name written as {@code data.action}, e.g. {@code asset.read}. */
  public String eventName() {
    return eventName;
  }

  /** The CloudEvents {@code type}, e.g. {@code io.github.iconikopentext.asset.read.v1}. */
  public String cloudEventType() {
    return cloudEventType;
  }

  /**
   * The action whose {@link #eventName()} is {@code eventName}.
   *
   * @throws AuditException if no action has that name
   */
  public static AuditAction fromEventName(String eventName) {
    for (AuditAction a : values()) {
      if (a.eventName.equals(eventName)) {
        return a;
      }
    }
    throw new AuditException("unknown audit action '" + eventName + "'");
  }
}
