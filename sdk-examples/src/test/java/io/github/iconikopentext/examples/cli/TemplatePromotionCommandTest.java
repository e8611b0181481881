package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.Webhook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatePromotionCommandTest {
  @TempDir
  Path dir;
  private Path template;
  private Path values;

  @BeforeEach
  void copyTemplate() throws IOException {
    template = copy("approved-media.json");
    values = copy("values-dev.json");
  }

  @Test
  void plan_savedPlanApplied_thenNothingLeftToDo() {
    try (Simulators sims = Simulators.start()) {
      CliRunner cli = withSecrets(sims.runner(dir));
      Path plan = dir.resolve("plan.json");

      CliRunner.Result planned = cli.run(args("plan", "--out", plan.toString()));
      assertThat(planned.exitCode()).as(planned.toString()).isZero();
      assertThat(planned.out()).contains("+ iconik.webhook/approval-changes", "= opentext.cms_type/media_asset",
          "4 to create, 0 to update, 0 to delete, 2 unchanged, 0 unsatisfied");
      assertThat(plan).exists();

      CliRunner.Result applied = cli.run(args("apply", "--plan", plan.toString()));
      assertThat(applied.exitCode()).as(applied.toString()).isZero();
      assertThat(applied.out()).contains("applied: 4 change(s) applied to dev");

      CliRunner.Result again = cli.run(args("apply"));
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(again.out()).contains("6 unchanged", "no change: no changes");
      assertThat(cli.run(args("plan")).out()).doesNotContain("hook-secret-value");
    }
  }

  @Test
  void aSavedPlan_isRefused_whenTheEnvironmentChangedSince() {
    try (Simulators sims = Simulators.start()) {
      CliRunner cli = withSecrets(sims.runner(dir));
      Path plan = dir.resolve("plan.json");
      cli.run(args("apply"));
      IconikClient iconik = IconikClient.builder(sims.iconik.environment(), sims.iconik.credentials()).build();
      List<Webhook> hooks = new ArrayList<>();
      iconik.webhooks().list().forEach(hooks::add);
      iconik.webhooks().delete(hooks.get(0).id());
      assertThat(cli.run(args("plan", "--out", plan.toString())).out()).contains("1 to create");
      iconik.webhooks().delete(hooks.get(1).id());

      CliRunner.Result stale = cli.run(args("apply", "--plan", plan.toString()));

      assertThat(stale.exitCode()).as(stale.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(stale.out()).contains("refused: plan is stale");
    }
  }

  @Test
  void plan_withAMissingCmsType_isUnsatisfied_andExitsOne() {
    try (Simulators sims = Simulators.withoutCmsType()) {
      CliRunner.Result r = withSecrets(sims.runner(dir)).run(args("plan"));

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.out()).contains("! opentext.cms_type/media_asset", "1 unsatisfied");
    }
  }

  @Test
  void plan_withAnUnresolvableSecret_listsTheProblem() {
    try (Simulators sims = Simulators.start()) {
      CliRunner cli = withSecrets(sims.runner(dir));
      cli.env.remove("ICONIK_WEBHOOK_SECRET");

      CliRunner.Result r = cli.run(args("plan"));

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.out()).contains("$.iconik.webhooks[0].secret_header.secret", "env:ICONIK_WEBHOOK_SECRET");
    }
  }

  private String[] args(String command, String... more) {
    List<String> args = new ArrayList<>(List.of("template", command, "--template", template.toString(),
        "--values", values.toString(), "--environment", "dev"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static CliRunner withSecrets(CliRunner cli) {
    cli.env.put("ICONIK_WEBHOOK_SECRET", "hook-secret-value");
    cli.env.put("REVIEW_HOOK_SECRET", "whsec_cmV2aWV3LXNlY3JldC12YWx1ZS0xMjM0NTY3ODk=");
    return cli;
  }

  private Path copy(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(TemplateCommandTest.RESOURCES + resource)) {
      Path target = dir.resolve(resource);
      Files.copy(in, target);
      return target;
    }
  }
}
