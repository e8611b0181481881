package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.VerifiedWebhook;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A configured header must carry one of the secrets (how iconik authenticates its webhooks and custom actions).
 * The header value and the secrets are compared as SHA-256 digests, so the comparison takes the same time whatever
 * the value and reveals not even the secret's length. Nothing identifies a message, so there is no replay key.
 */
public final class SharedSecretHeaderScheme implements KeyedScheme {
  public static final String NAME = "shared-secret header";

  private final String header;
  private final List<byte[]> digests;
  private final Secret first;

  public SharedSecretHeaderScheme(String header, List<Secret> secrets) {
    this.header = header;
    List<byte[]> digests = new ArrayList<>(secrets.size());
    for (Secret secret : secrets) {
      digests.add(sha256(secret.utf8Bytes()));
    }
    this.digests = List.copyOf(digests);
    this.first = secrets.get(0);
  }

  @Override
  public VerifiedWebhook verify(WebhookHeaders headers, byte[] body, TimestampPolicy timestamps) {
    byte[] presented = sha256(Failures.require(headers, header, NAME).getBytes(StandardCharsets.UTF_8));
    boolean match = false;
    for (byte[] digest : digests) {
      match |= MessageDigest.isEqual(digest, presented);
    }
    if (!match) {
      throw new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE,
          "header " + header + " does not match any of the " + digests.size() + " configured secret(s)");
    }
    return VerifiedWebhook.of(null, null);
  }

  /** The header with the first secret; the returned map's {@code toString()} masks it. */
  @Override
  public Map<String, String> sign(String messageId, long epochSecond, byte[] body) {
    return new SecretHeader(header, first);
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java SE JVM provides SHA-256", e);
    }
  }

  /** A one-header map that prints its value masked, since the value is the secret. */
  private static final class SecretHeader extends AbstractMap<String, String> {
    private final String name;
    private final Secret secret;

    SecretHeader(String name, Secret secret) {
      this.name = name;
      this.secret = secret;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return Set.of(Map.entry(name, secret.reveal()));
    }

    @Override
    public String toString() {
      return "{" + name + "=" + secret + "}";
    }
  }

  @Override
  public String toString() {
    return NAME + "(" + header + ")";
  }
}
