package io.github.iconikopentext.integration.internal.runtime;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import java.util.Locale;

/**
 * The audit events of a running integration's webhook deliveries: one per delivery. Its transfers are audited by
 * their {@code AssetTransfer} (given the same audit context), as every transfer entry point's are. Does nothing
 * without an audit context. Thread-safe. Not part of the API.
 */
public final class RuntimeAudit {
  private final AuditContext audit;

  /** Audits into {@code audit}; {@code null}: audits nothing. */
  public RuntimeAudit(AuditContext audit) {
    this.audit = audit;
  }

  /** The audit context, or null when nothing is audited. */
  public AuditContext context() {
    return audit;
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
}
