package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.TransferEvent;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import java.util.Objects;

/**
 * The audit events of a transfer, whichever entry point ran it ({@code AssetTransfer} alone, the integration
 * runtime, the CLI, a Kafka worker): one {@code asset.transferred} per finished transfer — where it landed, its
 * checksums and, for an {@link AuditedTarget}, the target kind and the credential it used — plus a
 * {@code job.failed} for the iconik job a failed transfer leaves behind. Started transfers are not audited.
 * Thread-safe. Not part of the API.
 */
public final class TransferAudit {
  private final AuditContext audit;

  public TransferAudit(AuditContext audit) {
    this.audit = Objects.requireNonNull(audit, "audit == null");
  }

  /** Records {@code event} of a transfer to {@code target} (which may be null). */
  public void record(TransferEvent event, TransferTarget target) {
    if (event.kind() == TransferEvent.Kind.STARTED) {
      return;
    }
    var b = audit.newEvent(AuditAction.ASSET_TRANSFERRED)
        .target(AuditTarget.asset(event.id().assetId()))
        .operation("transfer " + event.id().value() + " to " + event.id().target())
        .correlationId(event.id().value());
    if (event.kind() == TransferEvent.Kind.COMPLETED) {
      b.transfer(event.bytes(), "sha256:" + event.sha256()).outcome(AuditOutcome.success());
      if (event.location() != null) {
        b.destination(AuditTarget.of(AuditTarget.Kind.STORAGE, event.location()));
      }
      if (event.md5() != null) {
        b.detail("md5", event.md5());
      }
      if (target instanceof AuditedTarget t && t.kind() != null) {
        b.detail("target_kind", t.kind());
        if (t.credentialId() != null) {
          b.detail("target_credential_id", t.credentialId());
        }
      }
    } else {
      b.outcome(AuditOutcome.failure(event.failure().domain() + "/" + event.failure().reason()));
    }
    audit.emit(b.build());
    if (event.kind() == TransferEvent.Kind.FAILED && event.jobId() != null) {
      audit.emit(audit.newEvent(AuditAction.JOB_FAILED)
          .target(AuditTarget.of(AuditTarget.Kind.JOB, event.jobId()))
          .operation("iconik TRANSFER job of " + event.id().value())
          .correlationId(event.id().value())
          .outcome(AuditOutcome.failure(event.failure().domain() + "/" + event.failure().reason()))
          .build());
    }
  }
}
