package io.github.iconikopentext.integration.transfer;

/**
 * A {@link TransferTarget} that tells the audit trail what it is: its kind and the non-secret id of the credential
 * it writes with. The integration runtime adds both, with the landing location and the checksums, to each
 * {@code asset.transferred} audit event. Implementations are immutable in these answers.
 */
public interface AuditedTarget extends TransferTarget {

  /** The kind of target, e.g. {@code s3} or {@code sftp}. */
  String kind();

  /** The non-secret id of the credential the target writes with (an access key id, {@code user@host}), or null. */
  String credentialId();
}
