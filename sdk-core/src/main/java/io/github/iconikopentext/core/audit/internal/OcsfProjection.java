package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.json.internal.CanonicalJsonWriter;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.http.internal.SdkVersion;
import java.util.Locale;

/**
 * Projects an {@link AuditEvent} onto an OCSF 1.3 event class for security tools: File Hosting Activity (6006) for
 * media moving, Authentication (3002) for credentials and tokens, API Activity (6003) for everything else.
 * {@code type_uid} = {@code class_uid × 100 + activity_id}. The mapping table is in {@code docs/audit.md}.
 * Thread-safe. Not part of the API.
 */
public final class OcsfProjection {
  static final String OCSF_VERSION = "1.3.0";
  static final String SDK_ENDPOINT = "iconik-opentext-sdk";

  private record OcsfClass(int uid, String name, int categoryUid, String categoryName) {}

  private record Activity(OcsfClass ocsfClass, int id, String name) {}

  private static final OcsfClass API = new OcsfClass(6003, "API Activity", 6, "Application Activity");
  private static final OcsfClass FILE = new OcsfClass(6006, "File Hosting Activity", 6, "Application Activity");
  private static final OcsfClass AUTH = new OcsfClass(3002, "Authentication", 3, "Identity & Access Management");

  private OcsfProjection() {}

  private static Activity activity(AuditAction action) {
    return switch (action) {
      case ASSET_READ, METADATA_READ -> new Activity(API, 2, "Read");
      case ASSET_CREATED -> new Activity(API, 1, "Create");
      case ASSET_UPDATED, METADATA_UPDATED, TEMPLATE_PROMOTED -> new Activity(API, 3, "Update");
      case ASSET_DELETED -> new Activity(API, 4, "Delete");
      case WEBHOOK_RECEIVED, WEBHOOK_REJECTED, TEMPLATE_VALIDATED, JOB_FAILED -> new Activity(API, 99, "Other");
      case ASSET_UPLOADED -> new Activity(FILE, 1, "Upload");
      case ASSET_DOWNLOADED -> new Activity(FILE, 2, "Download");
      case ASSET_TRANSFERRED -> new Activity(FILE, 6, "Copy");
      case ASSET_SHARED -> new Activity(FILE, 12, "Share");
      case CREDENTIAL_USED, TOKEN_ISSUED, TOKEN_REFRESH_FAILED -> new Activity(AUTH, 1, "Logon");
    };
  }

  public static String toJson(AuditEvent e) {
    Activity activity = activity(e.action());
    OcsfClass cls = activity.ocsfClass();
    boolean success = e.outcome().isSuccess();
    String systemName = e.system() == null ? null : e.system().displayName();
    CanonicalJsonWriter w = new CanonicalJsonWriter();
    w.beginObject();
    w.name("activity_id").value(activity.id());
    w.member("activity_name", activity.name());
    if (e.actor() != null || e.credentialId() != null) {
      w.name("actor").beginObject().name("user");
      user(w, e.credentialId(), e.actor());
      w.endObject();
    }
    if (cls == API) {
      w.name("api").beginObject();
      w.member("operation", e.operation() != null ? e.operation() : e.action().eventName());
      if (e.requestId() != null) {
        w.name("request").beginObject().member("uid", e.requestId()).endObject();
      }
      if (systemName != null) {
        w.name("service").beginObject().member("name", systemName).endObject();
      }
      w.endObject();
    }
    w.member("category_name", cls.categoryName());
    w.name("category_uid").value(cls.categoryUid());
    w.member("class_name", cls.name());
    w.name("class_uid").value(cls.uid());
    if (systemName != null) {
      w.name("cloud").beginObject().member("provider", systemName).endObject();
    }
    if (e.destination() != null) {
      w.name("dst_endpoint").beginObject()
          .member("svc_name", e.destination().kind().jsonName())
          .member("uid", e.destination().id())
          .endObject();
    }
    if (cls == FILE) {
      file(w, e);
    }
    if (e.outcome().httpStatus() != null) {
      w.name("http_response").beginObject().member("code", e.outcome().httpStatus()).endObject();
    }
    metadata(w, e);
    if (cls == API && (e.target() != null || e.destination() != null)) {
      w.name("resources").beginArray();
      resource(w, e.target());
      resource(w, e.destination());
      w.endArray();
    }
    if (cls == AUTH) {
      w.name("service").beginObject().member("name", systemName != null ? systemName : SDK_ENDPOINT).endObject();
    }
    int severity = success ? 1 : cls == AUTH || e.action() == AuditAction.WEBHOOK_REJECTED ? 3 : 2;
    w.member("severity", severity == 1 ? "Informational" : severity == 2 ? "Low" : "Medium");
    w.name("severity_id").value(severity);
    w.name("src_endpoint").beginObject().member("svc_name", SDK_ENDPOINT).endObject();
    w.member("status", success ? "Success" : "Failure");
    w.member("status_code", e.outcome().errorCode());
    w.name("status_id").value(success ? 1 : 2);
    w.name("time").value(e.time().toEpochMilli());
    w.member("type_name", cls.name() + ": " + activity.name());
    w.name("type_uid").value(cls.uid() * 100L + activity.id());
    if (!e.details().isEmpty()) {
      w.name("unmapped").beginObject().name("details").beginObject();
      e.details().forEach(w::member);
      w.endObject().endObject();
    }
    if (cls == AUTH) {
      w.name("user");
      user(w, e.credentialId(), e.actor() != null ? e.actor() : e.credentialId() != null ? e.credentialId() : "unknown");
    }
    w.endObject();
    return w.toString();
  }

  private static void user(CanonicalJsonWriter w, String credentialId, String uid) {
    w.beginObject().member("credential_uid", credentialId).member("uid", uid).endObject();
  }

  private static void file(CanonicalJsonWriter w, AuditEvent e) {
    String name = e.target() != null ? e.target().id() : "unknown";
    w.name("file").beginObject();
    if (e.checksum() != null) {
      w.name("hashes").beginArray();
      fingerprint(w, e.checksum());
      w.endArray();
    }
    w.member("name", name);
    w.member("size", e.bytes());
    w.name("type_id").value(1); // Regular File
    w.member("uid", e.target() != null ? e.target().id() : null);
    w.endObject();
  }

  /** {@code algorithm:value} → OCSF fingerprint; algorithm ids 1 MD5, 2 SHA-1, 3 SHA-256, 4 SHA-512, 99 Other. */
  private static void fingerprint(CanonicalJsonWriter w, String checksum) {
    int colon = checksum.indexOf(':');
    String algorithm = colon < 0 ? null : checksum.substring(0, colon);
    String value = colon < 0 ? checksum : checksum.substring(colon + 1);
    int id = algorithm == null ? 0 : switch (algorithm.toLowerCase(Locale.ROOT).replace("-", "")) {
      case "md5" -> 1;
      case "sha1" -> 2;
      case "sha256" -> 3;
      case "sha512" -> 4;
      default -> 99;
    };
    w.beginObject().member("algorithm", algorithm).name("algorithm_id").value(id).member("value", value).endObject();
  }

  private static void metadata(CanonicalJsonWriter w, AuditEvent e) {
    w.name("metadata").beginObject();
    w.member("correlation_uid", e.correlationId());
    w.member("event_code", e.action().eventName());
    w.name("product").beginObject()
        .member("name", "iconik-opentext SDK")
        .member("vendor_name", "iconik-opentext")
        .member("version", SdkVersion.VERSION)
        .endObject();
    w.name("tags").beginArray()
        .beginObject().member("name", "environment").member("value", e.environment()).endObject()
        .endArray();
    w.member("uid", e.id());
    w.member("version", OCSF_VERSION);
    w.endObject();
  }

  private static void resource(CanonicalJsonWriter w, AuditTarget target) {
    if (target != null) {
      w.beginObject().member("type", target.kind().jsonName()).member("uid", target.id()).endObject();
    }
  }
}
