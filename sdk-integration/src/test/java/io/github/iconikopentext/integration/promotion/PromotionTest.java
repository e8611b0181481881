package io.github.iconikopentext.integration.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.model.Webhook;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import io.github.iconikopentext.integration.Systems;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromotionTest {
  private final Systems dev = Systems.start("dev");

  @AfterEach
  void stop() {
    dev.close();
  }

  private static Promotion promotion(Systems env, IntegrationTemplate template, Clock clock,
      InMemoryAuditSink audit) {
    AuditContext context = AuditContext.builder(audit).environment(env.name()).build();
    return Promotion.builder(template, env.target()).secretResolvers(env.resolvers()).clock(clock)
        .onApply(result -> context.emit(context.newEvent(AuditAction.TEMPLATE_PROMOTED)
            .operation(result.outcome() + ": " + result.message())
            .outcome(result.outcome() == PromotionResult.Outcome.ERROR
                ? AuditOutcome.failure("promotion_refused") : AuditOutcome.success())
            .build()))
        .build();
  }

  @Test
  void emptyEnvironment_plansCreates_applyCreatesThem_secondPlanShowsNoChange_reapplyIsNoOp() {
    InMemoryAuditSink audit = new InMemoryAuditSink();
    Promotion promotion = promotion(dev, dev.template(), Clock.systemUTC(), audit);
    assertThat(promotion.validate()).isEmpty();

    Plan plan = promotion.plan(false);

    assertThat(plan.changes(Change.Action.CREATE)).extracting(Change::address).containsExactlyInAnyOrder(
        "iconik.webhook/approval-changes", "iconik.webhook/upload-complete",
        "iconik.custom_action/ASSET:Send to OpenText (dev)", "opentext.folder//Media/Dev");
    assertThat(plan.changes(Change.Action.UNCHANGED)).extracting(Change::address).containsExactlyInAnyOrder(
        "opentext.cms_type/media_asset", "opentext.app/iconik-bridge-dev");
    assertThat(plan.hasUnsatisfied()).isFalse();
    assertThat(plan.render()).doesNotContain(Systems.WEBHOOK_SECRET);

    PromotionResult applied = promotion.apply(plan);
    assertThat(applied.outcome()).isEqualTo(PromotionResult.Outcome.APPLIED);
    assertThat(applied.outcome().exitCode()).isEqualTo(2);
    assertThat(applied.applied()).hasSize(4);
    List<Webhook> hooks = dev.iconik().webhooks().list();
    assertThat(hooks).hasSize(2).allSatisfy(w -> {
      assertThat(w.headers()).containsEntry("X-Iconik-Secret", Systems.WEBHOOK_SECRET);
      assertThat(w.description()).isEqualTo(PromotionTarget.MANAGED_MARKER + "approved-media-to-opentext");
    });

    Plan again = promotion.plan(false);
    assertThat(again.hasChanges()).isFalse();
    assertThat(again.changes()).allMatch(c -> c.action() == Change.Action.UNCHANGED);

    assertThat(promotion.apply(plan).outcome()).as("re-applying an applied plan").isEqualTo(
        PromotionResult.Outcome.NO_CHANGE);
    assertThat(promotion.apply(again).outcome()).isEqualTo(PromotionResult.Outcome.NO_CHANGE);
    assertThat(audit.events()).hasSize(3).allMatch(e -> e.action() == AuditAction.TEMPLATE_PROMOTED);
  }

  @Test
  void changeBehindThePlansBack_makesApplyRefuse() {
    Promotion promotion = promotion(dev, dev.template(), Clock.systemUTC(), new InMemoryAuditSink());
    promotion.apply(promotion.plan(false));
    Webhook hook = dev.iconik().webhooks().list().stream().min(Comparator.comparing(Webhook::name)).orElseThrow();
    Plan plan = promotion.plan(false);

    dev.iconik().webhooks().update(hook.id(), WebhookRequest.builder("https://attacker.example.com/x", "assets")
        .name(hook.name()).description(hook.description()).realm(hook.realm()).operation(hook.operation())
        .query(hook.query()).header("X-Iconik-Secret", "changed").build());
    PromotionResult result = promotion.apply(plan);

    assertThat(result.outcome()).isEqualTo(PromotionResult.Outcome.ERROR);
    assertThat(result.message()).contains("stale");
    Plan fresh = promotion.plan(false);
    assertThat(fresh.changes(Change.Action.UPDATE)).singleElement().satisfies(c -> assertThat(c.differences())
        .containsExactly("url: \"https://attacker.example.com/x\" -> \"https://hooks-dev.example.com/iconik/webhooks\"",
            "secret value differs"));
    assertThat(promotion.apply(fresh).outcome()).isEqualTo(PromotionResult.Outcome.APPLIED);
    assertThat(promotion.plan(false).hasChanges()).isFalse();
  }

  @Test
  void oldOrForeignPlans_areRefused() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    Promotion early = promotion(dev, dev.template(), Clock.fixed(t0, ZoneOffset.UTC), new InMemoryAuditSink());
    Plan plan = early.plan(false);
    Promotion late = promotion(dev, dev.template(), Clock.fixed(t0.plus(Duration.ofHours(2)), ZoneOffset.UTC),
        new InMemoryAuditSink());
    assertThat(late.apply(plan).message()).contains("old");

    Promotion prodTemplateOnDev = promotion(dev, Systems.template("prod"),
        Clock.systemUTC(), new InMemoryAuditSink());
    assertThat(prodTemplateOnDev.validate()).extracting(TemplateProblem::message)
        .anyMatch(m -> m.contains("'prod'"));
    assertThat(prodTemplateOnDev.apply(plan).outcome()).isEqualTo(PromotionResult.Outcome.ERROR);
  }

  @Test
  void deletionsAreOptIn() {
    Promotion promotion = promotion(dev, dev.template(), Clock.systemUTC(), new InMemoryAuditSink());
    promotion.apply(promotion.plan(false));
    dev.iconik().webhooks().create(WebhookRequest.builder("https://hooks-dev.example.com/old", "assets")
        .name("retired-hook").description(PromotionTarget.MANAGED_MARKER + "approved-media-to-opentext").build());
    dev.iconik().webhooks().create(WebhookRequest.builder("https://other.example.com/", "assets")
        .name("someone-elses").build());

    assertThat(promotion.plan(false).changes(Change.Action.DELETE)).isEmpty();
    Plan pruning = promotion.plan(true);
    assertThat(pruning.changes(Change.Action.DELETE)).extracting(Change::address)
        .containsExactly("iconik.webhook/retired-hook");
    promotion.apply(pruning);
    assertThat(dev.iconik().webhooks().list()).extracting(Webhook::name)
        .contains("someone-elses").doesNotContain("retired-hook");
  }

  @Test
  void validate_reportsUnresolvableSecretsWithoutValues() {
    Promotion promotion = Promotion.builder(dev.template(), dev.target())
        .secretResolvers(SecretResolvers.builder().environment(Map.of("ICONIK_AUTH_TOKEN", "tok-123")).build())
        .build();

    List<TemplateProblem> problems = promotion.validate();

    assertThat(problems).extracting(TemplateProblem::path).contains(
        "$.iconik.webhooks[0].secret_header.secret", "$.credentials.opentext.secret");
    assertThat(problems.toString()).doesNotContain("tok-123");
  }

  @Test
  void validate_checksTheInlineMappingSpecWithPaths() throws Exception {
    String template = Systems.resource("approved-media.json").replace("\"mapping\": {\"profile\": \"media-governance\"}",
        "\"mapping\": {\"spec\": {\"spec_version\": 1, \"name\": \"x\", \"fields\": [{\"iconik\": \"a\","
            + " \"opentext\": {\"property\": \"a\"}, \"type\": \"string\", \"direction\": \"both\","
            + " \"converters\": [\"no-such-converter\"]}]}}");
    java.nio.file.Path values = java.nio.file.Files.createTempFile("values", ".json");
    java.nio.file.Files.writeString(values, Systems.resource("values-dev.json"));
    IntegrationTemplate withInlineSpec = io.github.iconikopentext.integration.template.TemplateSource
        .parse(template, "inline").resolve(io.github.iconikopentext.integration.template.TemplateValues.read("dev",
            values));

    List<TemplateProblem> problems = Promotion.builder(withInlineSpec, dev.target())
        .secretResolvers(dev.resolvers()).build().validate();

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("$.mapping.spec.fields[0]");
      assertThat(p.message()).contains("no-such-converter");
    });
  }

  @Test
  void devToProd_differsOnlyWhereTheValuesDiffer() throws Exception {
    try (Systems prod = Systems.start("prod")) {
        String devPlan = promotion(dev, dev.template(), Clock.systemUTC(), new InMemoryAuditSink()).plan(false).render();
      String prodPlan = promotion(prod, prod.template(), Clock.systemUTC(), new InMemoryAuditSink()).plan(false).render();

      Map<String, String> devValues = values("dev");
      Map<String, String> prodValues = values("prod");
      String translated = prodPlan;
      for (String key : prodValues.keySet().stream()
          .sorted(Comparator.comparing((String k) -> prodValues.get(k).length()).reversed()).toList()) {
        translated = translated.replace(prodValues.get(key), devValues.get(key));
      }
      assertThat(prodPlan).isNotEqualTo(devPlan);
      assertThat(translated).isEqualTo(devPlan);
    }
  }

  private static Map<String, String> values(String env) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, String> map = io.github.iconikopentext.core.json.Json.moshi().adapter(Map.class)
        .fromJson(Systems.resource("values-" + env + ".json"));
    return map;
  }
}
