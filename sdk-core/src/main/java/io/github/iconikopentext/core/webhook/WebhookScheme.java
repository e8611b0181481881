package io.github.iconikopentext.core.webhook;

import io.github.iconikopentext.core.webhook.internal.GitHubStyleScheme;
import io.github.iconikopentext.core.webhook.internal.SharedSecretHeaderScheme;
import io.github.iconikopentext.core.webhook.internal.SignatureScheme;
import io.github.iconikopentext.core.webhook.internal.StandardWebhooksScheme;
import io.github.iconikopentext.core.webhook.internal.StripeStyleScheme;
import java.util.Objects;

/**
 * How a webhook request is authenticated: which headers carry what, and how the signature is computed. Choose one
 * and give it to {@link WebhookVerifier#builder(WebhookScheme)} or {@link WebhookSigner#builder(WebhookScheme)}.
 *
 * <ul>
 *   <li>{@link #standardWebhooks()}: <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> 1.0, the
 *       SDK's choice for everything it signs. Secrets are {@code whsec_<base64>}.
 *   <li>{@link #stripe()}: Stripe-style {@code t=…,v1=<hex>}. Secrets are used as text, prefix included.
 *   <li>{@link #github()}: GitHub-style {@code sha256=<hex>} over the body, no timestamp.
 *   <li>{@link #sharedSecretHeader(String)}: a header that must carry the secret itself; how iconik authenticates
 *       its webhooks and custom actions (iconik does not sign).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookScheme {
  private static final WebhookScheme STANDARD_WEBHOOKS = new WebhookScheme(new StandardWebhooksScheme());

  private final SignatureScheme rules;

  private WebhookScheme(SignatureScheme rules) {
    this.rules = rules;
  }

  /** Standard Webhooks 1.0: headers {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}. */
  public static WebhookScheme standardWebhooks() {
    return STANDARD_WEBHOOKS;
  }

  /** Stripe-style signatures in the {@code Stripe-Signature} header. */
  public static WebhookScheme stripe() {
    return stripeStyle(StripeStyleScheme.DEFAULT_HEADER);
  }

  /** Stripe-style signatures ({@code t=<seconds>,v1=<hex>}) in a header of the given name. */
  public static WebhookScheme stripeStyle(String signatureHeader) {
    return new WebhookScheme(new StripeStyleScheme(headerName(signatureHeader, "signatureHeader")));
  }

  /**
   * GitHub's own scheme: signature in {@code X-Hub-Signature-256}; the required {@code X-GitHub-Delivery} header is
   * the replay key.
   */
  public static WebhookScheme github() {
    return githubStyle(GitHubStyleScheme.DEFAULT_SIGNATURE_HEADER, GitHubStyleScheme.DEFAULT_DELIVERY_HEADER);
  }

  /** GitHub-style signatures ({@code sha256=<hex>}) in the given header; the signature is the replay key. */
  public static WebhookScheme githubStyle(String signatureHeader) {
    return new WebhookScheme(new GitHubStyleScheme(headerName(signatureHeader, "signatureHeader"), null));
  }

  /** GitHub-style signatures in {@code signatureHeader}; the required {@code deliveryIdHeader} is the replay key. */
  public static WebhookScheme githubStyle(String signatureHeader, String deliveryIdHeader) {
    return new WebhookScheme(new GitHubStyleScheme(headerName(signatureHeader, "signatureHeader"),
        headerName(deliveryIdHeader, "deliveryIdHeader")));
  }

  /**
   * The header {@code headerName} must carry one of the secrets, e.g. {@code X-Iconik-Secret} configured in the
   * iconik webhook's {@code headers}. No timestamp and no message id: de-duplicate on the payload's id instead.
   */
  public static WebhookScheme sharedSecretHeader(String headerName) {
    return new WebhookScheme(new SharedSecretHeaderScheme(headerName(headerName, "headerName")));
  }

  /** A human-readable name, e.g. {@code Standard Webhooks}. */
  public String name() {
    return rules.displayName();
  }

  SignatureScheme rules() {
    return rules;
  }

  @Override
  public String toString() {
    return rules.toString();
  }

  private static String headerName(String name, String what) {
    Objects.requireNonNull(name, what + " == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || ":()<>@,;\\\"/[]?={}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(what + " is not a valid HTTP header name: '" + name + "'");
      }
    }
    return name;
  }
}
