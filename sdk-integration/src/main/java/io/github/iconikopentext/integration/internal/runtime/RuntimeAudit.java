package io.github.iconikopentext.integration.internal.runtime;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.TransferEvent;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import java.util.Locale;

/**
 * The audit events of a running integration: one per webhook delivery and one per finished transfer (plus one for
 * the iconik job a failed transfer leaves behind). Does nothing without an audit context. Thread-safe. Not part of
 * the API.
 */
public final class RuntimeAudit {
  private final AuditContext audit;

  /** Audits into {@code audit}; {@code null}: audits nothing. */
  public RuntimeAudit(AuditContext audit) {
    this.audit = audit;
  }

  /** Records a {@code webhook.received} or {@code webhook.rejected} event for {@code result}. */
  public void webhook(WebhookResult result) {
    if (audit == null) {
      return;
    }
    boolean accepted = result.httpStatus() < 300;
    audit.emit(audit.newEvent(accepted ? AuditAction.WEBHOOK_RECEIVED : AuditAction.WEBHOOK_REJECTED)
        .operation("iconik webhook " + result.outcome())
        .outcome(accepted ? AuditOutcome.success(result.httpStatus())
            : AuditOutcome.failure(result.outcome().name().toLowerCase(Locale.ROOT)))
        .build());
  }

  /**
   * Records a finished transfer (started ones are not audited): where it went, its checksums and, for an
   * {@link AuditedTarget}, the target kind and the credential it used. {@code target} may be null.
   */
  public void transfer(TransferEvent event, TransferTarget target) {
    if (audit == null || event.kind() == TransferEvent.Kind.STARTED) {
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
      if (target instanceof AuditedTarget t) {
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
