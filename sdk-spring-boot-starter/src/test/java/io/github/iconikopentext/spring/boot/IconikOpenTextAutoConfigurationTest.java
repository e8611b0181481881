package io.github.iconikopentext.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.spring.boot.actuate.IconikOpenTextActuatorAutoConfiguration;
import io.github.iconikopentext.spring.boot.actuate.IntegrationHealthIndicator;
import io.github.iconikopentext.spring.boot.actuate.IntegrationInfoContributor;
import io.github.iconikopentext.spring.boot.web.IconikOpenTextWebhookAutoConfiguration;
import io.github.iconikopentext.spring.boot.web.IconikWebhookController;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Property binding, conditions and start-up failures of the auto-configuration, without a server. */
class IconikOpenTextAutoConfigurationTest {
  private static final String TOKEN = "tok-9f8e7d6c5b4a";
  private static final String LITERAL = "Zx9QmT4vLp2RsW8k";

  private static final String[] MINIMAL = {
      "iconik-opentext.environments.dev.endpoints.iconik=http://127.0.0.1:9",
      "iconik-opentext.credentials.iconik.id=app-1",
      "iconik-opentext.credentials.iconik.secret=env:ICONIK_AUTH_TOKEN"};

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(IconikOpenTextAutoConfiguration.class,
          IconikOpenTextActuatorAutoConfiguration.class))
      .withBean(SecretResolvers.class, () -> SecretResolvers.builder()
          .environment(Map.of("ICONIK_AUTH_TOKEN", TOKEN, "OT_SECRET", "ot-secret", "HOOK_SECRET", "hook")).build());

  @Test
  void bindsEnvironmentsCredentialsAndHttpOptions_andAddsListenersAndCustomizers() {
    CallListener listener = new CallListener() {};
    runner.withPropertyValues(
            "iconik-opentext.environment=prod",
            "iconik-opentext.environments.dev.endpoints.iconik=http://127.0.0.1:9",
            "iconik-opentext.environments.prod.endpoints.iconik=https://app.iconik.io",
            "iconik-opentext.environments.prod.endpoints.opentext=https://us.api.opentext.com",
            "iconik-opentext.environments.prod.settings.opentext.tenant-id=tenant-7",
            "iconik-opentext.environments.prod.credentials.iconik.id=app-prod",
            "iconik-opentext.environments.prod.credentials.iconik.secret=env:ICONIK_AUTH_TOKEN",
            "iconik-opentext.credentials.opentext.id=client-1",
            "iconik-opentext.credentials.opentext.secret=env:OT_SECRET",
            "iconik-opentext.http.connect-timeout=3s",
            "iconik-opentext.http.max-response-size=2MB",
            "iconik-opentext.http.retry.max-attempts=2",
            "iconik-opentext.http.retry.total-budget=30s")
        .withBean("tracing", CallListener.class, () -> listener)
        .withBean(HttpOptionsCustomizer.class, () -> b -> b.writeTimeout(Duration.ofSeconds(7)))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(IconikClient.class).hasSingleBean(OpenTextClient.class)
              .hasSingleBean(IntegrationHealthIndicator.class).hasSingleBean(IntegrationInfoContributor.class)
              .doesNotHaveBean(IntegrationRuntime.class);
          Environment env = context.getBean(Environment.class);
          assertThat(env.name()).isEqualTo("prod");
          assertThat(env.setting("opentext.tenant-id")).contains("tenant-7");
          assertThat(env.endpoints()).containsOnlyKeys("iconik", "opentext");
          HttpOptions options = context.getBean(HttpOptions.class);
          assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
          assertThat(options.writeTimeout()).isEqualTo(Duration.ofSeconds(7));
          assertThat(options.maxResponseBytes()).isEqualTo(2L * 1024 * 1024);
          assertThat(options.retryPolicy().maxAttempts()).isEqualTo(2);
          assertThat(options.retryPolicy().totalBudget()).isEqualTo(Duration.ofSeconds(30));
          assertThat(options.callListeners()).contains(listener);
        });
  }

  @Test
  void httpDefaults_areTheSdksDefaults() {
    runner.withPropertyValues(MINIMAL).run(context -> {
      HttpOptions options = context.getBean(HttpOptions.class);
      HttpOptions sdk = HttpOptions.defaults();
      assertThat(options.connectTimeout()).isEqualTo(sdk.connectTimeout());
      assertThat(options.readTimeout()).isEqualTo(sdk.readTimeout());
      assertThat(options.writeTimeout()).isEqualTo(sdk.writeTimeout());
      assertThat(options.callTimeout()).isEqualTo(sdk.callTimeout());
      assertThat(options.maxResponseBytes()).isEqualTo(sdk.maxResponseBytes());
      assertThat(options.retryPolicy()).isEqualTo(RetryPolicy.defaults());
      assertThat(options.rateLimit()).isEmpty();
    });
  }

  @Test
  void configurationMetadata_describesTheProperties_forIdes() throws Exception {
    try (java.io.InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("metadata written by spring-boot-configuration-processor").isNotNull();
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(json).contains("\"name\": \"iconik-opentext.credentials.iconik.secret\"",
          "\"name\": \"iconik-opentext.http.retry.max-attempts\"", "\"name\": \"iconik-opentext.template.location\"",
          "\"name\": \"iconik-opentext.webhook.path\"", "\"defaultValue\": \"\\/iconik\\/webhooks\"");
    }
  }

  @Test
  void conditions_noOpenTextWithoutItsCredential_backOffForUserBeans_disabledByProperty() {
    runner.withPropertyValues(MINIMAL).run(context -> assertThat(context).hasNotFailed()
        .hasSingleBean(IconikClient.class).doesNotHaveBean(OpenTextClient.class));

    runner.withPropertyValues(MINIMAL)
        .withBean("mine", IconikClient.class, () -> IconikClient.builder(
            Environment.builder("x").endpoint("iconik", "http://127.0.0.1:9").build(),
            () -> io.github.iconikopentext.core.credentials.Credential.of("a",
                io.github.iconikopentext.core.credentials.Secret.of("b"))).build())
        .run(context -> assertThat(context).hasSingleBean(IconikClient.class).hasBean("mine"));

    runner.withPropertyValues(MINIMAL).withPropertyValues("iconik-opentext.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(IconikClient.class)
            .doesNotHaveBean(IntegrationHealthIndicator.class));
  }

  @Test
  void aLiteralSecret_failsTheStart_namingThePropertyNeverTheValue() {
    runner.withPropertyValues(MINIMAL).withPropertyValues("iconik-opentext.credentials.iconik.secret=" + LITERAL)
        .run(context -> {
          assertThat(failure(context)).contains("iconik-opentext.credentials.iconik.secret must be a secret reference")
              .doesNotContain(LITERAL);
          // What Spring Boot prints instead of a stack trace: the property, the fix, never the value.
          org.springframework.boot.diagnostics.FailureAnalysis analysis =
              new io.github.iconikopentext.spring.boot.internal.ConfigurationFailureAnalyzer()
                  .analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).startsWith("iconik-opentext.credentials.iconik.secret must be")
              .doesNotContain(LITERAL);
          assertThat(analysis.getAction()).contains("iconik-opentext.* property");
        });

    runner.withPropertyValues(MINIMAL)
        .withPropertyValues("iconik-opentext.environments.dev.credentials.opentext.secret=" + LITERAL)
        .run(context -> assertThat(failure(context))
            .contains("iconik-opentext.environments.dev.credentials.opentext.secret must be a secret reference")
            .doesNotContain(LITERAL));

    // A pasted secret with a colon looks like a reference, but its "scheme" is unknown: refused, not shown either.
    runner.withPropertyValues(MINIMAL).withPropertyValues("iconik-opentext.credentials.iconik.secret=zq" + LITERAL
            .toLowerCase(java.util.Locale.ROOT) + ":" + LITERAL)
        .run(context -> assertThat(failure(context))
            .contains("iconik-opentext.credentials.iconik.secret uses a scheme no secret resolver knows")
            .doesNotContain(LITERAL).doesNotContain(LITERAL.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void missingOrWrongConfiguration_failsTheStart_namingTheProperty() {
    Map<String, String[]> cases = Map.of(
        "iconik-opentext.environments is empty", new String[] {"iconik-opentext.credentials.iconik.id=a"},
        "iconik-opentext.environment is not set: choose one of [dev, prod]", new String[] {
            "iconik-opentext.environments.dev.endpoints.iconik=http://127.0.0.1:9",
            "iconik-opentext.environments.prod.endpoints.iconik=http://127.0.0.1:9"},
        "iconik-opentext.environment is 'test', but iconik-opentext.environments has no such environment",
        new String[] {"iconik-opentext.environment=test",
            "iconik-opentext.environments.dev.endpoints.iconik=http://127.0.0.1:9"},
        "iconik-opentext.environments.dev: environment 'dev': iconik base URL", new String[] {
            "iconik-opentext.environments.dev.endpoints.iconik=http://iconik.example.com"},
        "iconik-opentext.credentials.iconik.secret is not set", new String[] {
            "iconik-opentext.environments.dev.endpoints.iconik=http://127.0.0.1:9",
            "iconik-opentext.credentials.iconik.id=app-1"},
        "iconik-opentext.credentials.iconik.id is not set", new String[] {
            "iconik-opentext.environments.dev.endpoints.iconik=http://127.0.0.1:9"},
        "iconik-opentext.credentials.iconik.secret does not resolve", new String[] {
            "iconik-opentext.environments.dev.endpoints.iconik=http://127.0.0.1:9",
            "iconik-opentext.credentials.iconik.id=app-1",
            "iconik-opentext.credentials.iconik.secret=env:NOT_SET_ANYWHERE"},
        "iconik-opentext.template (classpath:integration/approved-to-archive.json, values from "
            + "iconik-opentext.template.values)", withMinimal(
            "iconik-opentext.template.location=classpath:integration/approved-to-archive.json"),
        "$.iconik.webhooks[0].url: placeholder ${receiver_url} has no value", withMinimal(
            "iconik-opentext.template.location=classpath:integration/approved-to-archive.json",
            "iconik-opentext.template.values.archive_dir=/tmp/archive"),
        "iconik-opentext.template.location: cannot read classpath:nowhere.json",
        withMinimal("iconik-opentext.template.location=classpath:nowhere.json"));
    cases.forEach((expected, properties) -> runner.withPropertyValues(properties)
        .run(context -> assertThat(failure(context)).as("with %s", String.join(", ", properties))
            .contains(expected)));

    // The template's own secret reference (the webhook's shared-secret header) does not resolve here.
    runner.withPropertyValues(withMinimal(
            "iconik-opentext.template.location=classpath:integration/approved-to-archive.json",
            "iconik-opentext.template.values.receiver_url=https://hooks.example.com",
            "iconik-opentext.template.values.archive_dir=/tmp/archive",
            "iconik-opentext.template.values.iconik_app_id=app-1"))
        .run(context -> assertThat(failure(context)).contains("iconik-opentext.template")
            .contains("ICONIK_WEBHOOK_SECRET"));
  }

  @Test
  void templateWithValues_configuresTheRuntimeAndTheWebhookEndpoint_andClosesThemWithTheContext() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(IconikOpenTextAutoConfiguration.class,
            IconikOpenTextWebhookAutoConfiguration.class))
        .withBean(SecretResolvers.class, () -> SecretResolvers.builder()
            .environment(Map.of("ICONIK_AUTH_TOKEN", TOKEN, "ICONIK_WEBHOOK_SECRET", "hook")).build())
        .withPropertyValues(MINIMAL)
        .withPropertyValues("iconik-opentext.template.location=classpath:integration/approved-to-archive.json",
            "iconik-opentext.template.values[receiver_url]=https://hooks.example.com",
            "iconik-opentext.template.values.archive_dir=/tmp/archive", // a scalar map keeps the key as written
            "iconik-opentext.template.values[iconik_app_id]=app-1")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(IntegrationRuntime.class)
              .hasSingleBean(IconikWebhookController.class);
          IntegrationRuntime runtime = context.getBean(IntegrationRuntime.class);
          assertThat(runtime.template().name()).isEqualTo("approved-to-archive");
          assertThat(runtime.template().environment()).isEqualTo("dev");
          assertThat(runtime.status()).isSameAs(context.getBean(
              io.github.iconikopentext.integration.status.IntegrationStatus.class));
          for (String bean : new String[] {"iconikClient", "integrationRuntime"}) {
            assertThat(context.getBeanFactory().getBeanDefinition(bean).getDestroyMethodName())
                .as("%s is closed with the context", bean).isEqualTo("close");
          }
          assertThat(context.getBeanFactory().getDependenciesForBean("integrationRuntime"))
              .as("the runtime is closed before the clients it uses").contains("iconikClient");
        });
  }

  private static String[] withMinimal(String... more) {
    String[] all = java.util.Arrays.copyOf(MINIMAL, MINIMAL.length + more.length);
    System.arraycopy(more, 0, all, MINIMAL.length, more.length);
    return all;
  }

  /** The start-up failure with all its causes, as a log would show it. */
  private static String failure(AssertableApplicationContext context) {
    assertThat(context).hasFailed();
    StringWriter text = new StringWriter();
    context.getStartupFailure().printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
