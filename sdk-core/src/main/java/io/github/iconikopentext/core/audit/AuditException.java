package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.error.SdkException;

/**
 * An audit event could not be recorded, read or verified: a sink failed to write (I/O error, closed sink, a full
 * asynchronous queue), an audit log could not be opened, or a text was not a valid audit event. The message names
 * the sink or file and what went wrong; it never contains a secret.
 */
public final class AuditException extends SdkException {
  private static final long serialVersionUID = 1L;

  public AuditException(String message) {
    super(message);
  }

  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
