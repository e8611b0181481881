package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.StatusSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code status}: checks every configured system once — reachable, credentials accepted — and prints the
 * integration's conditions. Exit 0 when every condition holds, else the code of the first failure.
 */
@Command(name = "status", description = {
    "Checks the configured systems (reachable, credentials accepted) and prints the conditions.",
    "Exit 0 when all hold; 3 when a system failed; 2 when a setting is missing."})
final class StatusCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--json", description = "Print the status snapshot as JSON (RFC 9457 problems for failures).")
  boolean json;

  StatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings settings = Settings.of(context, connection);
    Environment environment = settings.environment();
    IntegrationStatus status = new IntegrationStatus(context.httpOptions().clock(), 100);
    List<RuntimeException> failures = new ArrayList<>();
    if (IconikEnvironment.isConfigured(environment)) {
      check(status, failures, IntegrationStatus.ICONIK_REACHABLE, "iconik", () ->
          "signed in to system domain " + settings.iconik().system().systemDomainId());
    }
    if (OpenTextEnvironment.isConfigured(environment)) {
      check(status, failures, IntegrationStatus.OPENTEXT_REACHABLE, "opentext", () -> {
        Credential token = settings.openText(null).tokens().resolveCredential();
        return "token issued to client " + token.id() + " of tenant " + OpenTextEnvironment.tenantId(environment);
      });
    }
    if (failures.isEmpty()) {
      status.recordHealthy(IntegrationStatus.CREDENTIALS_VALID, "every configured credential was accepted");
    }
    StatusSnapshot snapshot = status.snapshot();
    if (json) {
      context.out().println(snapshot.toJson());
    } else {
      context.out().println("environment " + environment.name());
      ConditionTable.print(context.out(), "  ", snapshot);
    }
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.of(failures.get(0));
  }

  private static void check(IntegrationStatus status, List<RuntimeException> failures, String condition,
      String system, java.util.function.Supplier<String> probe) {
    try {
      status.recordHealthy(condition, probe.get());
    } catch (RuntimeException e) {
      failures.add(e);
      status.recordFailure(condition, "status", system, e, system);
    }
  }
}
