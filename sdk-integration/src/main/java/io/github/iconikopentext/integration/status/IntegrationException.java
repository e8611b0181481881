package io.github.iconikopentext.integration.status;

import io.github.iconikopentext.core.error.SdkException;
import java.util.Objects;

/**
 * A failure that the integration blocks raise themselves, already classified: an asset that cannot be transferred
 * (no ORIGINAL format, file not CLOSED) or an integration problem (a mapping error, an invalid template).
 * {@link FailureClassifier} keeps its domain and reason as they are.
 */
public final class IntegrationException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final FailureDomain domain;
  private final String reason;

  /**
   * @param domain where the failure lies
   * @param reason a stable CamelCase reason code, e.g. {@code NoOriginalFormat}
   * @param message what happened, naming the object; never a secret
   */
  public IntegrationException(FailureDomain domain, String reason, String message) {
    this(domain, reason, message, null);
  }

  public IntegrationException(FailureDomain domain, String reason, String message, Throwable cause) {
    super(message, cause);
    this.domain = Objects.requireNonNull(domain, "domain == null");
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  public FailureDomain domain() {
    return domain;
  }

  public String reason() {
    return reason;
  }
}
