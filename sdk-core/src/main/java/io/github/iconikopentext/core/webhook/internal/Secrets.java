package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Turns configured secrets into keys, naming a bad secret by its position only. */
final class Secrets {
  static final String WHSEC_PREFIX = "whsec_";

  private Secrets() {}

  /** Keys made of each secret's UTF-8 bytes as given (Stripe-style, GitHub-style). */
  static List<HmacSha256> utf8Keys(List<Secret> secrets) {
    List<HmacSha256> keys = new ArrayList<>(secrets.size());
    for (Secret secret : secrets) {
      keys.add(HmacSha256.of(secret.utf8Bytes()));
    }
    return List.copyOf(keys);
  }

  /**
   * Standard Webhooks keys: base64 after an optional {@code whsec_} prefix. Padding is optional, as in the reference
   * libraries.
   */
  static List<HmacSha256> standardWebhooksKeys(List<Secret> secrets) {
    List<HmacSha256> keys = new ArrayList<>(secrets.size());
    for (int i = 0; i < secrets.size(); i++) {
      keys.add(HmacSha256.of(decodeStandardWebhooksSecret(secrets.get(i), i + 1)));
    }
    return List.copyOf(keys);
  }

  private static byte[] decodeStandardWebhooksSecret(Secret secret, int position) {
    String value = secret.reveal();
    String encoded = value.startsWith(WHSEC_PREFIX) ? value.substring(WHSEC_PREFIX.length()) : value;
    String which = "Standard Webhooks secret #" + position;
    if (encoded.isEmpty()) {
      throw new ConfigurationException(which + " is only the prefix " + WHSEC_PREFIX
          + "; expected " + WHSEC_PREFIX + "<base64 key>");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character, which is part of the secret: do not chain it.
      throw new ConfigurationException(which + " is not valid base64 after the optional " + WHSEC_PREFIX
          + " prefix (check for whitespace, line breaks or a URL-safe alphabet)");
    }
    if (key.length == 0) {
      throw new ConfigurationException(which + " decodes to an empty key");
    }
    return key;
  }
}
