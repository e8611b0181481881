/**
 * Audit events: who accessed or moved which asset, when, with which credential, in which environment — recorded as
 * CloudEvents ({@link io.github.iconikopentext.core.audit.AuditEvent}), written to sinks
 * ({@link io.github.iconikopentext.core.audit.AuditSink}), optionally to a tamper-evident log
 * ({@link io.github.iconikopentext.core.audit.JsonLinesAuditSink}, checked by
 * {@link io.github.iconikopentext.core.audit.AuditLogVerifier}), and emitted automatically for service methods marked
 * {@link io.github.iconikopentext.core.audit.Audited}. The event schema and the log format are specified in
 * {@code docs/audit.md}.
 */
@NullMarked
package io.github.iconikopentext.core.audit;

import org.jspecify.annotations.NullMarked;
