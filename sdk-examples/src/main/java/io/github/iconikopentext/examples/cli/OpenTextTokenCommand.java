package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opentext token}: checks that the OpenText credentials work, without ever printing the token. */
@Command(name = "token", description = {
    "Obtains an OpenText access token with the configured client credentials.",
    "Prints its type, expiry and scope — never the token itself."})
final class OpenTextTokenCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--scope", paramLabel = "SCOPE", description = "The scope to request (default: none).")
  String scope;

  OpenTextTokenCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    OpenTextClient client = Settings.of(context, connection).openText(scope);
    Credential token = client.tokens().resolveCredential();
    // Anything but a bearer token is refused when it is issued, so the type is known here.
    context.out().println("token type: Bearer");
    context.out().println("tenant: " + OpenTextEnvironment.tenantId(client.environment()));
    context.out().println("client id: " + token.id());
    if (token.expiresAt() == null) {
      context.out().println("expires: unknown");
    } else {
      Duration left = Duration.between(context.httpOptions().clock().instant(), token.expiresAt());
      context.out().println("expires: " + token.expiresAt() + " (in " + Math.max(0, left.toSeconds()) + " s)");
    }
    context.out().println("scope: " + (scope == null ? "(none requested)" : scope + " (requested)"));
    return ExitCodes.OK;
  }
}
