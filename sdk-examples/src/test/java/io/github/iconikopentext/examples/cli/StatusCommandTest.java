package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
  private static OpenTextSimulator openText;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    openText = OpenTextSimulator.start();
  }

  @AfterAll
  static void stop() {
    openText.close();
  }

  @Test
  void everySystemHealthy_exitsZero_listingTheConditions() {
    CliRunner.Result r = new CliRunner(dir).openText(openText).run("status");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("environment default")
        .containsPattern("OpenTextReachable +True +Succeeded +token issued to client " + openText.clientId())
        .containsPattern("CredentialsValid +True");
  }

  @Test
  void rejectedCredentials_areARemoteFailure_shownAsConditions() {
    CliRunner cli = new CliRunner(dir).openText(openText);
    cli.env.put("OPENTEXT_CLIENT_SECRET", "not-the-secret");

    CliRunner.Result r = cli.run("status", "--json");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REMOTE);
    assertThat(r.out()).contains("\"type\": \"OpenTextReachable\"", "\"status\": \"False\"",
        "urn:iconik-opentext:problem:credential:CredentialUnavailable").doesNotContain("not-the-secret");
  }

  @Test
  void bothSystems_areChecked() {
    try (Simulators sims = Simulators.start()) {
      CliRunner.Result r = sims.runner(dir).run("status");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).containsPattern("IconikReachable +True +Succeeded +signed in to system domain "
          + sims.iconik.systemDomainId()).containsPattern("OpenTextReachable +True");
    }
  }

  @Test
  void noSystemConfigured_isAUsageError_namingTheSettings() {
    CliRunner.Result r = new CliRunner(dir).run("status");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("ICONIK_BASE_URL", "OPENTEXT_BASE_URL");
  }
}
