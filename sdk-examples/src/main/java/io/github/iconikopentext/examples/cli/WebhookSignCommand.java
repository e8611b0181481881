package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code webhook sign}: the headers that authenticate a body, e.g. to test a receiver with curl. */
@Command(name = "sign", description = {
    "Prints the headers that authenticate a body under a scheme, one 'Name: value' per line.",
    "For the shared-secret scheme the header value is the secret itself."})
final class WebhookSignCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  WebhookKeyOptions keys;

  @Option(names = "--id", paramLabel = "ID", defaultValue = "msg_cli",
      description = "The message id (default: ${DEFAULT-VALUE}); keep it for every retry of one message.")
  String id;

  @Option(names = "--timestamp", paramLabel = "T", description = "The signing time in epoch seconds (default: now).")
  Long timestamp;

  @Option(names = "--body-file", required = true, paramLabel = "F", description = "The exact body to send.")
  Path bodyFile;

  WebhookSignCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    WebhookSigner signer = WebhookSigner.builder(keys.scheme())
        .secrets(keys.secrets(SecretResolvers.builder().environment(context.environment()).build()))
        .build();
    Instant at = timestamp == null ? context.httpOptions().clock().instant()
        : WebhookVerifyCommand.epochSeconds("--timestamp", timestamp);
    Map<String, String> headers = signer.sign(id, at, CliFiles.readBytes("--body-file", bodyFile));
    new TreeMap<>(headers).forEach((name, value) -> context.out().println(name + ": " + value));
    return ExitCodes.OK;
  }
}
