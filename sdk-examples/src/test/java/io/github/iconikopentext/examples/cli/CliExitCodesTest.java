package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the CLI's error behaviour — exit code and the first line on stderr — for each kind of failure, so that changes
 * to help, version or completion provably leave errors as they were. Exit {@value ExitCodes#INCOMPLETE} is pinned
 * by {@link AuditVerifyCommandTest}.
 */
class CliExitCodesTest {
  @TempDir
  Path dir;

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {"iconik"}, "missing subcommand: one of assets, asset, metadata"),
        Arguments.of(new String[] {"iconik", "assets", "list", "--nope"}, "Unknown option: '--nope'"),
        Arguments.of(new String[] {"-x"}, "Unknown option: '-x'"),
        Arguments.of(new String[] {"iconik", "nope"}, "Unmatched argument at index 1: 'nope'"),
        Arguments.of(new String[] {"nope"}, "Unmatched argument at index 0: 'nope'"),
        Arguments.of(new String[] {"iconik", "asset", "get"}, "Missing required parameter: 'ID'"),
        Arguments.of(new String[] {"iconik", "assets", "list", "--per-page", "x"},
            "Invalid value for option '--per-page': 'x' is not an int"),
        Arguments.of(new String[] {"iconik", "assets", "list"}, "error: missing settings ICONIK_BASE_URL, "
            + "ICONIK_APP_ID, ICONIK_AUTH_TOKEN: set them in the environment or an --env-file, or use --profile NAME"),
        Arguments.of(new String[] {"webhook", "verify", "--scheme", "nope", "--secret", "s", "--body-file", "b"},
            "error: unknown --scheme 'nope': use standard, stripe, github or shared-secret"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void aUsageError_exitsTwo_withItsMessageFirstOnStderr(String[] args, String firstLine) {
    CliRunner.Result r = new CliRunner(dir).run(args);

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines().findFirst()).as(r.toString()).contains(firstLine);
    assertThat(r.out()).as(r.toString()).isEmpty();
  }

  @Test
  void noSubcommand_exitsTwo_listingTheCommands() {
    CliRunner.Result r = new CliRunner(dir).run();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).as(r.toString())
        .startsWith("missing subcommand: one of init, demo, iconik, opentext, webhook, audit, template, map, transfer, status");
  }

  @Test
  void anUnknownCommand_suggestsTheNearestOne() {
    CliRunner.Result r = new CliRunner(dir).run("opentxt");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).as(r.toString()).contains("Did you mean: iconik-opentext opentext?");
  }

  @Test
  void anUnreachableSystem_exitsThree() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CliRunner cli = new CliRunner(dir);
    cli.env.put("ICONIK_BASE_URL", "http://127.0.0.1:" + closedPort + "/");
    cli.env.put("ICONIK_APP_ID", "app");
    cli.env.put("ICONIK_AUTH_TOKEN", "token-value");

    CliRunner.Result r = cli.run("iconik", "assets", "list");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REMOTE);
    assertThat(r.err()).as(r.toString()).startsWith("error: ").doesNotContain("token-value");
  }

  @Test
  void aFailedVerification_exitsOne_sayingWhyOnStdout() throws IOException {
    Path body = Files.writeString(dir.resolve("body.json"), "{}", StandardCharsets.UTF_8);

    CliRunner.Result r = new CliRunner(dir).run("webhook", "verify", "--scheme", "github", "--secret", "s",
        "--header", "X-Hub-Signature-256: sha256=00", "--body-file", body.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).as(r.toString()).startsWith("rejected: ");
  }
}
