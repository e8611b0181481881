package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;

/** The verification failures the schemes share, with messages that help and reveal nothing secret. */
final class Failures {
  private Failures() {}

  /** The value of a header the scheme requires; absent or empty is {@link Reason#MISSING_HEADER}. */
  static String require(WebhookHeaders headers, String name, String scheme) {
    String value = headers.get(name);
    if (value == null || value.isEmpty()) {
      throw new WebhookVerificationException(Reason.MISSING_HEADER,
          "header " + name + " is missing; the " + scheme + " scheme requires it");
    }
    return value;
  }

  static WebhookVerificationException malformed(String header, String problem) {
    return new WebhookVerificationException(Reason.MALFORMED_HEADER, "header " + header + " " + problem);
  }

  /**
   * No signature matched. Most such reports come from bodies that were changed before verifying, so the message says
   * which changes break a signature.
   */
  static WebhookVerificationException noMatch(String header, int signatures, int secrets) {
    return new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE,
        "none of the " + signatures + " signature(s) in header " + header + " matches any of the " + secrets
            + " configured secret(s). Verify the raw request body exactly as received: a body that was parsed and "
            + "re-serialised, read line by line or decoded with another charset no longer matches its signature");
  }

  /** The header held signatures, but only of versions or algorithms this verifier does not support. */
  static WebhookVerificationException onlyUnsupported(String header, String supported) {
    return new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE,
        "header " + header + " holds no " + supported + " signature, only versions this verifier does not support");
  }
}
