package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The scheme and secrets of {@code webhook verify} and {@code webhook sign}: a picocli mixin. */
public final class WebhookKeyOptions {
  /** The header iconik deliveries carry their shared secret in, by this SDK's convention. */
  static final String DEFAULT_SECRET_HEADER = "X-Iconik-Secret";

  @Option(names = "--scheme", required = true, paramLabel = "SCHEME",
      description = "standard (Standard Webhooks), stripe, github or shared-secret.")
  String scheme;

  @Option(names = "--secret", paramLabel = "S",
      description = "A secret; repeat for rotation (newest first). Visible in the process list: prefer --secret-ref.")
  List<String> secrets = new ArrayList<>();

  @Option(names = "--secret-ref", paramLabel = "REF",
      description = "A secret by reference: env:NAME, file:/path or prop:name; repeatable.")
  List<String> secretRefs = new ArrayList<>();

  @Option(names = "--secret-header", paramLabel = "NAME", defaultValue = DEFAULT_SECRET_HEADER,
      description = "The header of the shared-secret scheme (default: ${DEFAULT-VALUE}).")
  String secretHeader;

  /** The scheme named by {@code --scheme}. */
  WebhookScheme scheme() {
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "standard", "standard-webhooks" -> WebhookScheme.standardWebhooks();
      case "stripe" -> WebhookScheme.stripe();
      case "github" -> WebhookScheme.github();
      case "shared-secret" -> WebhookScheme.sharedSecretHeader(secretHeader);
      default -> throw new UsageException("unknown --scheme '" + scheme
          + "': use standard, stripe, github or shared-secret");
    };
  }

  /** The secrets given directly, then those given by reference, resolved against {@code resolvers}. */
  List<Secret> secrets(SecretResolvers resolvers) {
    List<Secret> all = new ArrayList<>();
    secrets.forEach(s -> all.add(Secret.of(s)));
    secretRefs.forEach(ref -> all.add(resolvers.resolve(ref)));
    if (all.isEmpty()) {
      throw new UsageException("give at least one --secret or --secret-ref");
    }
    return all;
  }
}
