package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.audit.internal.CloudEventCodec;
import io.github.iconikopentext.core.audit.internal.EventIds;
import io.github.iconikopentext.core.audit.internal.OcsfProjection;
import io.github.iconikopentext.core.credentials.Credential;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One audit record: who did what to which object, in which environment and system, with which credential, and how it
 * ended. It is a <a href="https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md">CloudEvents 1.0</a>
 * event: {@link #id()}, {@link #source()}, {@link #type()}, {@link #subject()} and {@link #time()} form the envelope,
 * the other components its {@code data}. {@link #toJson()} writes it as {@code application/cloudevents+json};
 * {@link #toOcsfJson()} projects it onto an OCSF class for security tools. {@code docs/audit.md} has the field table.
 *
 * <p>An event never holds a secret: credentials appear by id and version only (like CloudTrail's
 * {@code userIdentity.accessKeyId} or OCSF's {@code actor.user.credential_uid}), and outcomes carry error codes, never
 * messages. Keep it that way in {@link #details()}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(AuditAction)} or, for calls made through a client,
 * {@link AuditContext#newEvent(AuditAction)}.
 *
 * @param id unique per {@link #source()}: a consumer may drop a repeat (UUIDv7 by default, so ids sort by time)
 * @param source where it happened: {@code urn:iconikopentext:<environment>[:<system>]} by default
 * @param time when the action ended
 * @param action what happened
 * @param environment the SDK environment's name, e.g. {@code prod}
 * @param system the remote system, or {@code null} for actions of the SDK itself (e.g. template validation)
 * @param actor the user on whose behalf the action ran, when known; otherwise {@code null}
 * @param credentialId the non-secret id of the credential used (iconik App-ID, OpenText client id), or {@code null}
 * @param credentialVersion the credential's version label, or {@code null}
 * @param target the object acted on, or {@code null}; its id is the CloudEvents {@code subject}
 * @param destination where the object went (storage, CMS instance) for transfers, or {@code null}
 * @param outcome success, or failure with an error code
 * @param requestId the remote request id (the server's when it sent one, else the SDK's), or {@code null}
 * @param correlationId the caller's id tying related events together (a trace or job id), or {@code null}
 * @param operation the API operation, e.g. {@code AssetsApi.getAsset}, or {@code null}
 * @param bytes bytes moved, for transfers, uploads and downloads; otherwise {@code null}
 * @param checksum checksum of the bytes moved as {@code algorithm:hex} (e.g. {@code sha256:9f86…}), or {@code null}
 * @param details further non-secret facts as string pairs, sorted by key; empty when none
 */
public record AuditEvent(
    String id,
    URI source,
    Instant time,
    AuditAction action,
    String environment,
    @Nullable AuditSystem system,
    @Nullable String actor,
    @Nullable String credentialId,
    @Nullable String credentialVersion,
    @Nullable AuditTarget target,
    @Nullable AuditTarget destination,
    AuditOutcome outcome,
    @Nullable String requestId,
    @Nullable String correlationId,
    @Nullable String operation,
    @Nullable Long bytes,
    @Nullable String checksum,
    Map<String, String> details) {

  /** The CloudEvents {@code specversion} of every event. */
  public static final String SPEC_VERSION = "1.0";
  /** The media type of {@link #toJson()}. */
  public static final String MEDIA_TYPE = "application/cloudevents+json";
  /** The CloudEvents {@code datacontenttype}: the {@code data} member is a JSON object. */
  public static final String DATA_CONTENT_TYPE = "application/json";

  public AuditEvent {
    requireText(id, "id");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(time, "time == null");
    Objects.requireNonNull(action, "action == null");
    requireText(environment, "environment");
    Objects.requireNonNull(outcome, "outcome == null");
    if (bytes != null && bytes < 0) {
      throw new IllegalArgumentException("bytes is negative: " + bytes);
    }
    details = sortedCopy(details);
  }

  /** Starts an event for {@code action}, timed now, with a fresh id and a successful outcome. */
  public static Builder builder(AuditAction action) {
    return new Builder(action);
  }

  /** A builder holding this event's values, e.g. to derive a corrected event (with a new id). */
  public Builder toBuilder() {
    Builder b = new Builder(action);
    b.id = id;
    b.source = source;
    b.time = time;
    b.environment = environment;
    b.system = system;
    b.actor = actor;
    b.credentialId = credentialId;
    b.credentialVersion = credentialVersion;
    b.target = target;
    b.destination = destination;
    b.outcome = outcome;
    b.requestId = requestId;
    b.correlationId = correlationId;
    b.operation = operation;
    b.bytes = bytes;
    b.checksum = checksum;
    b.details.putAll(details);
    return b;
  }

  /** The CloudEvents {@code type}, e.g. {@code io.github.iconikopentext.asset.transferred.v1}. */
  public String type() {
    return action.cloudEventType();
  }

  /** The CloudEvents {@code subject}: the target's id, or {@code null} when there is no target. */
  public @Nullable String subject() {
    return target == null ? null : target.id();
  }

  /**
   * This event as {@code application/cloudevents+json} in canonical form (sorted members, no whitespace, absent
   * values omitted): the same event always gives the same text.
   */
  public String toJson() {
    return new String(CloudEventCodec.encode(this), StandardCharsets.UTF_8);
  }

  /**
   * Reads an event written by {@link #toJson()} (members in any order; unknown members ignored).
   *
   * @throws AuditException naming the member that is missing or invalid
   */
  public static AuditEvent fromJson(String json) {
    return CloudEventCodec.decode(Objects.requireNonNull(json, "json == null"));
  }

  /**
   * This event projected onto OCSF 1.3: File Hosting Activity (6006) for downloads, uploads and transfers,
   * Authentication (3002) for credential and token actions, API Activity (6003) for the rest.
   */
  public String toOcsfJson() {
    return OcsfProjection.toJson(this);
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("audit event " + name + " is empty");
    }
  }

  private static Map<String, String> sortedCopy(Map<String, String> details) {
    if (details == null || details.isEmpty()) {
      return Collections.emptySortedMap();
    }
    SortedMap<String, String> copy = new TreeMap<>();
    details.forEach((k, v) -> copy.put(
        Objects.requireNonNull(k, "details key == null"), Objects.requireNonNull(v, "details value == null")));
    return Collections.unmodifiableSortedMap(copy);
  }

  /** Builds an {@link AuditEvent}. Not thread-safe. */
  public static final class Builder {
    private final AuditAction action;
    private String id;
    private URI source;
    private Instant time;
    private String environment;
    private AuditSystem system;
    private String actor;
    private String credentialId;
    private String credentialVersion;
    private AuditTarget target;
    private AuditTarget destination;
    private AuditOutcome outcome = AuditOutcome.success();
    private String requestId;
    private String correlationId;
    private String operation;
    private Long bytes;
    private String checksum;
    private final Map<String, String> details = new TreeMap<>();

    private Builder(AuditAction action) {
      this.action = Objects.requireNonNull(action, "action == null");
    }

    /** The event id; a fresh UUIDv7 when not set. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** The CloudEvents source; derived from environment and system when not set. */
    public Builder source(URI source) {
      this.source = source;
      return this;
    }

    /** When the action ended; now when not set. */
    public Builder time(Instant time) {
      this.time = time;
      return this;
    }

    /** The environment's name. Required. */
    public Builder environment(String environment) {
      this.environment = environment;
      return this;
    }

    public Builder system(AuditSystem system) {
      this.system = system;
      return this;
    }

    public Builder actor(String userId) {
      this.actor = userId;
      return this;
    }

    /** The credential by id and optional version. Pass ids only — never a secret. */
    public Builder credential(String id, String version) {
      this.credentialId = id;
      this.credentialVersion = version;
      return this;
    }

    /** The credential's id and version; its secret is not read. */
    public Builder credential(Credential credential) {
      return credential(credential.id(), credential.version());
    }

    public Builder target(AuditTarget target) {
      this.target = target;
      return this;
    }

    public Builder destination(AuditTarget destination) {
      this.destination = destination;
      return this;
    }

    public Builder outcome(AuditOutcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome == null");
      return this;
    }

    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /** Bytes moved and their checksum ({@code algorithm:hex}, may be {@code null}), for transfers. */
    public Builder transfer(long bytes, @Nullable String checksum) {
      this.bytes = bytes;
      this.checksum = checksum;
      return this;
    }

    /** Adds a non-secret fact; a later value for the same key replaces the earlier one. */
    public Builder detail(String key, String value) {
      details.put(Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * @throws NullPointerException or {@link IllegalArgumentException} naming the missing or invalid value
     */
    public AuditEvent build() {
      Objects.requireNonNull(environment, "environment == null");
      URI src = source != null ? source : EventIds.defaultSource(environment, system);
      return new AuditEvent(id != null ? id : EventIds.next(), src, time != null ? time : Instant.now(), action,
          environment, system, actor, credentialId, credentialVersion, target, destination, outcome, requestId,
          correlationId, operation, bytes, checksum, details);
    }
  }
}
