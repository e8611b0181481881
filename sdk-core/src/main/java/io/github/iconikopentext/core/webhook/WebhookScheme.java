package io.github.iconikopentext.core.webhook;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.webhook.internal.GitHubStyleScheme;
import io.github.iconikopentext.core.webhook.internal.KeyedScheme;
import io.github.iconikopentext.core.webhook.internal.SharedSecretHeaderScheme;
import io.github.iconikopentext.core.webhook.internal.StandardWebhooksScheme;
import io.github.iconikopentext.core.webhook.internal.StripeStyleScheme;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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
  private static final WebhookScheme STANDARD_WEBHOOKS = new WebhookScheme(StandardWebhooksScheme.NAME, true,
      StandardWebhooksScheme.NAME, StandardWebhooksScheme::new);

  private final String name;
  private final boolean timestamped;
  private final String description;
  private final Function<List<Secret>, KeyedScheme> keying;

  private WebhookScheme(String name, boolean timestamped, String description,
      Function<List<Secret>, KeyedScheme> keying) {
    this.name = name;
    this.timestamped = timestamped;
    this.description = description;
    this.keying = keying;
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
    String header = headerName(signatureHeader, "signatureHeader");
    return new WebhookScheme(StripeStyleScheme.NAME, true, StripeStyleScheme.NAME + "(" + header + ")",
        secrets -> new StripeStyleScheme(header, secrets));
  }

  /**
   * GitHub's own scheme: signature in {@code X-Hub-Signature-256}, and the {@code X-GitHub-Delivery} header required.
   * The replay key is the signature (GitHub does not sign the delivery id, so a captured delivery re-sent under a new
   * id must still count as a replay); two genuine deliveries with byte-identical bodies are therefore one message.
   */
  public static WebhookScheme github() {
    return githubStyle(GitHubStyleScheme.DEFAULT_SIGNATURE_HEADER, GitHubStyleScheme.DEFAULT_DELIVERY_HEADER);
  }

  /** GitHub-style signatures ({@code sha256=<hex>}) in the given header; the signature is the replay key. */
  public static WebhookScheme githubStyle(String signatureHeader) {
    String header = headerName(signatureHeader, "signatureHeader");
    return new WebhookScheme(GitHubStyleScheme.NAME, false, GitHubStyleScheme.NAME + "(" + header + ")",
        secrets -> new GitHubStyleScheme(header, null, secrets));
  }

  /**
   * GitHub-style signatures in {@code signatureHeader}, with {@code deliveryIdHeader} required. The replay key is the
   * signature, never the unsigned delivery id.
   */
  public static WebhookScheme githubStyle(String signatureHeader, String deliveryIdHeader) {
    String header = headerName(signatureHeader, "signatureHeader");
    String delivery = headerName(deliveryIdHeader, "deliveryIdHeader");
    return new WebhookScheme(GitHubStyleScheme.NAME, false,
        GitHubStyleScheme.NAME + "(" + header + ", " + delivery + ")",
        secrets -> new GitHubStyleScheme(header, delivery, secrets));
  }

  /**
   * The header {@code headerName} must carry one of the secrets, e.g. {@code X-Iconik-Secret} configured in the
   * iconik webhook's {@code headers}. No timestamp and no message id: de-duplicate on the payload's id instead.
   */
  public static WebhookScheme sharedSecretHeader(String headerName) {
    String header = headerName(headerName, "headerName");
    return new WebhookScheme(SharedSecretHeaderScheme.NAME, false,
        SharedSecretHeaderScheme.NAME + "(" + header + ")", secrets -> new SharedSecretHeaderScheme(header, secrets));
  }

  /** A human-readable name, e.g. {@code Standard Webhooks}. */
  public String name() {
    return name;
  }

  /** Whether the scheme signs a timestamp, which bounds how long a replay record is needed. */
  boolean timestamped() {
    return timestamped;
  }

  /**
   * This scheme with its keys, for a verifier or signer ({@code role}).
   *
   * @throws ConfigurationException when there is no secret or one does not fit the scheme
   */
  KeyedScheme withSecrets(List<Secret> secrets, String role) {
    if (secrets.isEmpty()) {
      throw new ConfigurationException("the " + name + " webhook " + role + " has no secret; add one");
    }
    return keying.apply(List.copyOf(secrets));
  }

  @Override
  public String toString() {
    return description;
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
