package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.json.internal.CanonicalJsonWriter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.json.internal.JavaTimeAdapters;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import okio.Buffer;

/**
 * Writes {@link AuditEvent}s as canonical CloudEvents JSON and reads them back. Writing is hand-coded over
 * {@link CanonicalJsonWriter} (no reflection per event); reading uses Moshi's streaming {@link JsonReader} and the
 * SDK's lenient date parsing. Thread-safe. Not part of the API.
 */
public final class CloudEventCodec {

  /**
   * An encoded event and the offset at which the chain attributes ({@code prevhash}, {@code sequence}) belong:
   * right after {@code id}, before {@code source}, which keeps members sorted.
   */
  public record Encoded(byte[] json, int chainOffset) {}

  private CloudEventCodec() {}

  public static byte[] encode(AuditEvent event) {
    return encodeForChain(event).json();
  }

  public static Encoded encodeForChain(AuditEvent e) {
    CanonicalJsonWriter w = new CanonicalJsonWriter();
    w.beginObject();
    w.name("data");
    writeData(w, e);
    w.member("datacontenttype", AuditEvent.DATA_CONTENT_TYPE);
    w.member("id", e.id());
    int chainOffset = w.size();
    w.member("source", e.source().toString());
    w.member("specversion", AuditEvent.SPEC_VERSION);
    w.member("subject", e.subject());
    w.member("time", DateTimeFormatter.ISO_INSTANT.format(e.time()));
    w.member("type", e.type());
    w.endObject();
    return new Encoded(w.toByteArray(), chainOffset);
  }

  private static void writeData(CanonicalJsonWriter w, AuditEvent e) {
    AuditOutcome outcome = e.outcome();
    w.beginObject();
    w.member("action", e.action().eventName());
    w.member("actor", e.actor());
    w.member("bytes", e.bytes());
    w.member("checksum", e.checksum());
    w.member("correlation_id", e.correlationId());
    w.member("credential_id", e.credentialId());
    w.member("credential_version", e.credentialVersion());
    writeTarget(w, "destination", e.destination());
    if (!e.details().isEmpty()) {
      w.name("details").beginObject();
      e.details().forEach(w::member); // sorted by construction
      w.endObject();
    }
    w.member("environment", e.environment());
    w.member("error_code", outcome.errorCode());
    w.member("http_status", outcome.httpStatus());
    w.member("operation", e.operation());
    w.member("outcome", outcome.status().jsonName());
    w.member("request_id", e.requestId());
    w.member("system", e.system() == null ? null : e.system().jsonName());
    writeTarget(w, "target", e.target());
    w.endObject();
  }

  private static void writeTarget(CanonicalJsonWriter w, String name, AuditTarget target) {
    if (target != null) {
      w.name(name).beginObject().member("id", target.id()).member("kind", target.kind().jsonName()).endObject();
    }
  }

  /** Reads one event; members may come in any order and unknown ones are skipped. */
  public static AuditEvent decode(String json) {
    Fields f = new Fields();
    try (JsonReader r = JsonReader.of(new Buffer().writeUtf8(json))) {
      r.beginObject();
      while (r.hasNext()) {
        switch (r.nextName()) {
          case "data" -> readData(r, f);
          case "id" -> f.id = r.nextString();
          case "source" -> f.source = r.nextString();
          case "specversion" -> f.specVersion = r.nextString();
          case "time" -> f.time = r.nextString();
          case "type" -> f.type = r.nextString();
          default -> r.skipValue();
        }
      }
      r.endObject();
      if (r.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new AuditException("not a valid audit event: text follows the event object");
      }
    } catch (IOException | JsonDataException | IllegalArgumentException e) {
      throw new AuditException("not a valid audit event: " + e.getMessage(), e);
    }
    return f.toEvent();
  }

  private static void readData(JsonReader r, Fields f) throws IOException {
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "action" -> f.action = r.nextString();
        case "actor" -> f.actor = r.nextString();
        case "bytes" -> f.bytes = r.nextLong();
        case "checksum" -> f.checksum = r.nextString();
        case "correlation_id" -> f.correlationId = r.nextString();
        case "credential_id" -> f.credentialId = r.nextString();
        case "credential_version" -> f.credentialVersion = r.nextString();
        case "destination" -> f.destination = readTarget(r);
        case "details" -> {
          r.beginObject();
          while (r.hasNext()) {
            f.details.put(r.nextName(), r.nextString());
          }
          r.endObject();
        }
        case "environment" -> f.environment = r.nextString();
        case "error_code" -> f.errorCode = r.nextString();
        case "http_status" -> f.httpStatus = r.nextInt();
        case "operation" -> f.operation = r.nextString();
        case "outcome" -> f.outcome = r.nextString();
        case "request_id" -> f.requestId = r.nextString();
        case "system" -> f.system = r.nextString();
        case "target" -> f.target = readTarget(r);
        default -> r.skipValue();
      }
    }
    r.endObject();
  }

  private static AuditTarget readTarget(JsonReader r) throws IOException {
    String id = null;
    String kind = null;
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "id" -> id = r.nextString();
        case "kind" -> kind = r.nextString();
        default -> r.skipValue();
      }
    }
    r.endObject();
    return AuditTarget.of(AuditTarget.Kind.fromJsonName(require(kind, "target kind")), require(id, "target id"));
  }

  private static String require(String value, String what) {
    if (value == null) {
      throw new AuditException("not a valid audit event: no " + what);
    }
    return value;
  }

  /** What was read, before it is checked and turned into an event. */
  private static final class Fields {
    String id;
    String source;
    String specVersion;
    String time;
    String type;
    String action;
    String actor;
    Long bytes;
    String checksum;
    String correlationId;
    String credentialId;
    String credentialVersion;
    AuditTarget destination;
    final Map<String, String> details = new TreeMap<>();
    String environment;
    String errorCode;
    Integer httpStatus;
    String operation;
    String outcome;
    String requestId;
    String system;
    AuditTarget target;

    AuditEvent toEvent() {
      if (!AuditEvent.SPEC_VERSION.equals(specVersion)) {
        throw new AuditException("not a valid audit event: specversion is '" + specVersion + "', not '1.0'");
      }
      AuditAction parsedAction = AuditAction.fromEventName(require(action, "data.action"));
      if (type != null && !type.equals(parsedAction.cloudEventType())) {
        throw new AuditException(
            "not a valid audit event: type '" + type + "' does not match action '" + action + "'");
      }
      try {
        return new AuditEvent(require(id, "id"), parseUri(require(source, "source")), parseTime(require(time, "time")),
            parsedAction, require(environment, "data.environment"),
            system == null ? null : AuditSystem.fromJsonName(system), actor, credentialId, credentialVersion,
            target, destination, outcome(), requestId, correlationId, operation, bytes, checksum, details);
      } catch (IllegalArgumentException e) {
        throw new AuditException("not a valid audit event: " + e.getMessage(), e);
      }
    }

    private AuditOutcome outcome() {
      String status = require(outcome, "data.outcome");
      if (status.equals(AuditOutcome.Status.SUCCESS.jsonName())) {
        return new AuditOutcome(AuditOutcome.Status.SUCCESS, null, httpStatus);
      }
      if (status.equals(AuditOutcome.Status.FAILURE.jsonName())) {
        return new AuditOutcome(AuditOutcome.Status.FAILURE, require(errorCode, "data.error_code"), httpStatus);
      }
      throw new AuditException("not a valid audit event: outcome '" + status + "' is neither success nor failure");
    }

    private static URI parseUri(String text) {
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        throw new AuditException("not a valid audit event: source '" + text + "' is not a URI", e);
      }
    }

    private static Instant parseTime(String text) {
      try {
        return JavaTimeAdapters.parseInstant(text);
      } catch (DateTimeParseException e) {
        throw new AuditException("not a valid audit event: time '" + text + "' is not an RFC 3339 timestamp", e);
      }
    }
  }
}
