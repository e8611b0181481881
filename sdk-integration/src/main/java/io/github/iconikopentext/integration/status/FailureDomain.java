package io.github.iconikopentext.integration.status;

/**
 * Where a failure lies, so support can tell an asset problem from an integration problem from an endpoint problem
 * from a credential problem at a glance.
 */
public enum FailureDomain {
  /** The asset itself: no ORIGINAL format, a file not CLOSED, the asset deleted or not approved. */
  ASSET,
  /** The integration's own logic or configuration: a mapping error, an invalid template, bad configuration. */
  INTEGRATION,
  /** A remote endpoint: 5xx, timeouts, connection failures, 429 after retries, unreadable responses. */
  ENDPOINT,
  /** Credentials: 401/403, a token that could not be obtained or refreshed, a secret that did not resolve. */
  CREDENTIAL
}
