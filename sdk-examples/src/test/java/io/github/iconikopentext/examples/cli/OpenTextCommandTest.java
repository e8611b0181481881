package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.testkit.OpenTextFault;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenTextCommandTest {
  private static OpenTextSimulator simulator;

  @TempDir
  Path dir;
  private CliRunner cli;

  @BeforeAll
  static void startSimulator() {
    simulator = OpenTextSimulator.builder().cmsRequestsPerSecond(0).start();
    OpenTextClient client = OpenTextClient.builder(simulator.environment("seed"))
        .clientCredentials(simulator.clientCredentials()).httpOptions(HttpOptions.defaults()).cmsRateLimit(null)
        .build();
    for (int i = 1; i <= 5; i++) {
      client.cms().create(Category.FILE, "ca_clip", InstanceRequest.builder("clip-" + i + ".mp4").build());
    }
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void setUp() {
    simulator.clearFaults();
    cli = new CliRunner(dir).openText(simulator);
  }

  @Test
  void token_printsTypeExpiryAndScope_neverTheTokenOrSecret() {
    CliRunner.Result r = cli.run("opentext", "token", "--scope", "otds:groups");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines()).hasSize(5).satisfiesExactly(
        l -> assertThat(l).isEqualTo("token type: Bearer"),
        l -> assertThat(l).isEqualTo("tenant: " + simulator.tenantId()),
        l -> assertThat(l).isEqualTo("client id: " + simulator.clientId()),
        l -> assertThat(l).matches("expires: \\S+Z \\(in \\d+ s\\)"),
        l -> assertThat(l).isEqualTo("scope: otds:groups (requested)"));
    assertThat(r.out() + r.err()).doesNotContain(simulator.clientSecret());
  }

  @Test
  void token_withAWrongSecret_isARemoteError() {
    cli.env.put("OPENTEXT_CLIENT_SECRET", "wrong-secret-value");

    CliRunner.Result r = cli.run("opentext", "token");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REMOTE);
    assertThat(r.err()).contains("invalid_client").doesNotContain("wrong-secret-value");
  }

  @Test
  void token_withMissingSettings_namesEveryMissingOne() {
    cli.env.remove("OPENTEXT_CLIENT_SECRET");
    cli.env.remove("OPENTEXT_TENANT_ID");

    CliRunner.Result r = cli.run("opentext", "token");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("missing settings OPENTEXT_TENANT_ID, OPENTEXT_CLIENT_SECRET");
  }

  @Test
  void token_readsAnEnvFile_whichWinsOverTheEnvironment() throws Exception {
    cli.env.put("OPENTEXT_CLIENT_SECRET", "wrong-secret-value");
    Path envFile = Files.writeString(dir.resolve("ot.env"),
        "# settings\nexport OPENTEXT_CLIENT_SECRET=\"" + simulator.clientSecret() + "\"\n");

    CliRunner.Result r = cli.run("opentext", "token", "--env-file", envFile.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  @Test
  void token_fromAProfile() throws Exception {
    cli.env.clear();
    Files.writeString(dir.resolve("environments.properties"), "sim.opentext.base-url=" + simulator.baseUrl()
        + "\nsim.opentext.tenant-id=" + simulator.tenantId() + "\n");
    Files.writeString(dir.resolve("credentials"), "[sim]\nopentext_client_id = " + simulator.clientId()
        + "\nopentext_client_secret = " + simulator.clientSecret() + "\n");

    CliRunner.Result r = cli.run("opentext", "token", "--profile", "sim");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("client id: " + simulator.clientId());
  }

  @Test
  void cmsList_printsTheFirstPage_andSaysWhatWasLeftOut() {
    CliRunner.Result r = cli.run("opentext", "cms", "list", "ca_clip", "--per-page", "2");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.matches("\\S+\tclip-\\d\\.mp4"));
    assertThat(r.err()).contains("2 of 5 instances shown; --all lists every one");
  }

  @Test
  void cmsListAll_followsEveryPage_drawingProgressOnlyOnATerminal() {
    CliRunner.Result piped = cli.run("opentext", "cms", "list", "ca_clip", "--per-page", "2", "--all");
    cli.terminal = true;
    CliRunner.Result onTerminal = cli.run("opentext", "cms", "list", "ca_clip", "--per-page", "2", "--all");

    assertThat(piped.exitCode()).as(piped.toString()).isZero();
    assertThat(piped.out().lines()).hasSize(5);
    assertThat(piped.err()).isEmpty();
    assertThat(onTerminal.out()).isEqualTo(piped.out());
    assertThat(onTerminal.err()).contains("\rfetched 2 of 5 instances…").contains("fetched 5 of 5");
  }

  @Test
  void cmsList_whenCmsFails_isARemoteError() {
    simulator.injectFault("/cms/instances/.*", OpenTextFault.status(500), 1);

    CliRunner.Result r = cli.run("opentext", "cms", "list", "ca_clip");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REMOTE);
    assertThat(r.err()).startsWith("error: GET /cms/instances/file/ca_clip failed: HTTP 500");
  }
}
