package io.github.iconikopentext.integration.activity;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.iconik.model.AssetHistoryEntry;
import io.github.iconikopentext.iconik.model.HistoryOperation;
import java.time.Instant;

/**
 * How an iconik asset history entry becomes an {@link AuditEvent}. Package-private: the table is in
 * {@link ActivityCollector}'s documentation.
 */
final class HistoryMapping {
  /** Prefix of the event ids: the history id follows, so the same entry always gives the same event id. */
  static final String EVENT_ID_PREFIX = "iconik-history-";

  private HistoryMapping() {}

  static AuditAction action(AssetHistoryEntry entry) {
    HistoryOperation op = entry.operationType() == null ? HistoryOperation.UNKNOWN : entry.operationType();
    return switch (op) {
      case DOWNLOAD -> AuditAction.ASSET_DOWNLOADED;
      case EXPORT, TRANSFER -> AuditAction.ASSET_TRANSFERRED;
      case METADATA -> AuditAction.METADATA_UPDATED;
      case DELETE, DELETE_FORMAT, DELETE_FILESET, DELETE_FILE, VERSION_DELETE -> AuditAction.ASSET_DELETED;
      case CUSTOM -> entry.shareId() != null && entry.shareUserId() == null
          ? AuditAction.ASSET_SHARED : AuditAction.ASSET_UPDATED;
      default -> AuditAction.ASSET_UPDATED;
    };
  }

  static AuditEvent event(AssetHistoryEntry entry, String assetId, String environment, String credentialId,
      String credentialVersion, Instant fallbackTime) {
    AuditEvent.Builder b = AuditEvent.builder(action(entry))
        .id(EVENT_ID_PREFIX + entry.id())
        .time(entry.dateCreated() != null ? entry.dateCreated() : fallbackTime)
        .environment(environment)
        .system(IconikEnvironment.AUDIT_SYSTEM)
        .actor(entry.userId())
        .credential(credentialId, credentialVersion)
        .target(AuditTarget.asset(assetId))
        .operation(entry.operationType() == null ? "UNKNOWN" : entry.operationType().name())
        .correlationId(entry.jobId())
        .detail("iconik_history_id", entry.id())
        .detail("recorded_by", "iconik");
    detail(b, "description", entry.operationDescription());
    detail(b, "version_id", entry.versionId());
    detail(b, "share_id", entry.shareId());
    detail(b, "share_user_id", entry.shareUserId());
    detail(b, "system_domain_id", entry.systemDomainId());
    return b.build();
  }

  private static void detail(AuditEvent.Builder b, String key, String value) {
    if (value != null) {
      b.detail(key, value);
    }
  }
}
