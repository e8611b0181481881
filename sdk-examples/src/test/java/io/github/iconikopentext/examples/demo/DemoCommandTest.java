package io.github.iconikopentext.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.webhook.WebhookSigner;
import io.github.iconikopentext.examples.cli.CliRunner;
import io.github.iconikopentext.examples.cli.ExitCodes;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.ClientType;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  private static final String AUDIT_KEY = "demo-audit-key-0123456789-0123456789-0123";

  @TempDir
  Path dir;

  @Test
  void theDemo_runsEveryStep_onEmbeddedSimulators_andItsAuditLogVerifiesAfterwards() {
    CliRunner cli = new CliRunner(dir);
    cli.env.put("DEMO_AUDIT_KEY", AUDIT_KEY);
    Path log = dir.resolve("audit.jsonl");

    CliRunner.Result demo = cli.run("demo", "--audit-log", log.toString(), "--audit-key-ref", "env:DEMO_AUDIT_KEY");

    assertThat(demo.exitCode()).as(demo.toString()).isZero();
    assertThat(demo.out()).contains(
        "[1/9] Environment and credentials resolved", "iconik App-ID app-dev-0001", "client bridge-dev-client",
        "[2/9] Template validated, planned and applied to dev", "apply: 4 change(s) applied to dev",
        "[3/9] Asset ingested in iconik", "iconik delivered \"upload-complete\": 200",
        "[4/9] Webhook \"approval granted\" received", "iconik delivered \"approval-changes\"",
        "[5/9] Metadata mapped and written to OpenText CMS", "project_code SPRING-24", "approval_status approved",
        "[6/9] Original file transferred to OpenText CSS and to S3", "1048576 bytes", "FINISHED at 100%",
        "bytes to s3://media-archive-dev/approved/SPRING-24/", "/spring-hero-cut.mp4 (S3Mock at 127.0.0.1:", "object tags iconik-md5",
        "[7/9] Replayed webhook rejected", "200 DUPLICATE", "401 UNAUTHORIZED", "still 2 transfers",
        "[8/9] Status summary", "TransfersHealthy     True",
        "[9/9] Audit log verified", "hash chain and signatures OK",
        "demo finished: every step succeeded");
    assertThat(demo.out()).doesNotContain(AUDIT_KEY).doesNotContain("FAILED").doesNotContain("S3Mock is not on");
    assertThat(demo.out().lines().filter(l -> l.contains("COMPLETED")).toList()).as("the status summary")
        .hasSize(2).anySatisfy(l -> assertThat(l).endsWith("→ s3-archive"))
        .anySatisfy(l -> assertThat(l).endsWith("→ opentext"));
    String toCss = demo.out().replaceAll("(?s).*\n\\s+(tr-\\w+): \\d+ bytes to CSS file .*", "$1");
    String toS3 = demo.out().replaceAll("(?s).*\n\\s+(tr-\\w+): \\d+ bytes to s3://.*", "$1");
    assertThat(demo.out()).as("each step names its own transfer")
        .contains("transfer " + toCss + " COMPLETED 1048576 bytes → opentext",
            "transfer " + toS3 + " COMPLETED 1048576 bytes → s3-archive");

    CliRunner.Result verify = cli.run("audit", "verify", log.toString(), "--key-ref", "env:DEMO_AUDIT_KEY");
    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out()).startsWith("ok: ");
  }

  @Test
  void withoutAKey_theDemoSignsWithAnEphemeralOne_andSaysSo() {
    CliRunner.Result demo = new CliRunner(dir).run("demo");

    assertThat(demo.exitCode()).as(demo.toString()).isZero();
    assertThat(demo.out()).contains("(ephemeral: env:AUDIT_HMAC_KEY is unset)", "/audit.jsonl");
  }

  @Test
  void withAnEnvFile_theSameStoryRunsAgainstTheServicesItNames() throws IOException {
    try (IconikSimulator iconik = IconikSimulator.start();
        OpenTextSimulator openText = OpenTextSimulator.builder().cmsRequestsPerSecond(0).start()) {
      String appId = openText.seedApp("org-42", new App(null, "iconik-bridge-qa", "Bridge", "1", null, openText.tenantId()));
      openText.seedServiceClient("org-42", appId,
          new ServiceClient(null, openText.clientId(), "bridge", ClientType.CONFIDENTIAL, List.of()));
      openText.seedTypeDefinition(new TypeDefinition("ca_media", "ca", "Media", null, Category.FILE, null, List.of()));
      String storage = iconik.seedStorage("Originals", StoragePurpose.FILES);
      String view = iconik.seedMetadataView("Governance", GovernanceSample.fieldTypes());
      Path envFile = Files.writeString(dir.resolve("real.env"), String.join("\n",
          "ICONIK_BASE_URL=" + iconik.baseUrl(), "ICONIK_APP_ID=" + iconik.appId(),
          "ICONIK_AUTH_TOKEN=" + iconik.authToken(), "OPENTEXT_BASE_URL=" + openText.baseUrl(),
          "OPENTEXT_TENANT_ID=" + openText.tenantId(), "OPENTEXT_CLIENT_ID=" + openText.clientId(),
          "OPENTEXT_CLIENT_SECRET=" + openText.clientSecret(), "ICONIK_WEBHOOK_SECRET=hook-secret-for-the-test",
          "REVIEW_HOOK_SECRET=" + WebhookSigner.newStandardWebhooksSecret().reveal(), "DEMO_ICONIK_STORAGE_ID=" + storage,
          "DEMO_ICONIK_METADATA_VIEW_ID=" + view, "TEMPLATE_OPENTEXT_ORG=org-42", "TEMPLATE_ENV_LABEL=qa",
          "TEMPLATE_CMS_TYPE=ca_media", "AUDIT_HMAC_KEY=" + AUDIT_KEY,
          // Like a real receiver's public URL: iconik's own deliveries do not reach the demo's loopback receiver.
          "TEMPLATE_RECEIVER_URL=http://127.0.0.1:9", ""));
      CliRunner.Result demo = new CliRunner(dir).run("demo", "--env-file", envFile.toString());

      assertThat(demo.exitCode()).as(demo.toString()).isZero();
      assertThat(demo.out()).contains("services of the given settings", "iconik " + iconik.baseUrl(), "200 ACCEPTED",
          "= opentext.app/iconik-bridge-qa", "= opentext.cms_type/ca_media", "(type ca_media)", "(from env:AUDIT_HMAC_KEY)");
      assertThat(demo.out()).doesNotContain(openText.clientSecret()).doesNotContain(iconik.authToken())
          .doesNotContain("hook-secret-for-the-test");
      assertThat(openText.cmsInstance(demo.out().replaceAll("(?s).*CMS file instance (\\S+) .*", "$1")))
          .hasValueSatisfying(instance -> assertThat(instance).containsKey("traits"));
    }
  }

  @Test
  void whenTheEnvironmentLacksWhatApplyCannotCreate_theDemoStopsAndExitsOne() throws IOException {
    try (IconikSimulator iconik = IconikSimulator.start(); OpenTextSimulator openText = OpenTextSimulator.start()) {
      Path envFile = Files.writeString(dir.resolve("bare.env"), String.join("\n",
          "ICONIK_BASE_URL=" + iconik.baseUrl(), "ICONIK_APP_ID=" + iconik.appId(),
          "ICONIK_AUTH_TOKEN=" + iconik.authToken(), "OPENTEXT_BASE_URL=" + openText.baseUrl(),
          "OPENTEXT_TENANT_ID=" + openText.tenantId(), "OPENTEXT_CLIENT_ID=" + openText.clientId(),
          "OPENTEXT_CLIENT_SECRET=" + openText.clientSecret(), "ICONIK_WEBHOOK_SECRET=s1", "REVIEW_HOOK_SECRET=s2",
          "DEMO_ICONIK_STORAGE_ID=st", "DEMO_ICONIK_METADATA_VIEW_ID=v", ""));

      CliRunner.Result demo = new CliRunner(dir).run("demo", "--env-file", envFile.toString());

      assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(demo.out()).contains("! opentext.cms_type/media_asset", "FAILED: the environment lacks",
          "demo failed (exit 1)").doesNotContain("[3/9]");
    }
  }

  @Test
  void missingSettings_orAShortAuditKey_areUsageErrors() throws IOException {
    Path envFile = Files.writeString(dir.resolve("partial.env"), "ICONIK_BASE_URL=http://127.0.0.1:9\n");
    CliRunner cli = new CliRunner(dir);

    CliRunner.Result partial = cli.run("demo", "--env-file", envFile.toString());
    assertThat(partial.exitCode()).as(partial.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(partial.err()).contains("ICONIK_APP_ID", "OPENTEXT_BASE_URL");

    cli.env.put("SHORT_KEY", "too-short");
    CliRunner.Result shortKey = cli.run("demo", "--audit-key-ref", "env:SHORT_KEY");
    assertThat(shortKey.exitCode()).as(shortKey.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(shortKey.out() + shortKey.err()).doesNotContain("too-short");
  }

}
