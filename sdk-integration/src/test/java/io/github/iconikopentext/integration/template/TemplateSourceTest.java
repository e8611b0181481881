package io.github.iconikopentext.integration.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSourceTest {
  @TempDir
  Path dir;

  static String resource(String name) throws IOException {
    try (InputStream in = TemplateSourceTest.class.getResourceAsStream("/templates/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private TemplateValues values(String env) throws IOException {
    Path file = dir.resolve("values-" + env + ".json");
    Files.writeString(file, resource("values-" + env + ".json"));
    return TemplateValues.read(env, file);
  }

  @Test
  void exampleTemplate_resolvesForDevWithAllPlaceholdersFilled() throws Exception {
    TemplateSource source = TemplateSource.parse(resource("approved-media.json"), "approved-media.json");

    IntegrationTemplate dev = source.resolve(values("dev"));

    assertThat(dev.name()).isEqualTo("approved-media-to-opentext");
    assertThat(dev.environment()).isEqualTo("dev");
    assertThat(dev.iconik().webhooks()).extracting(TemplateModel.WebhookSubscription::url)
        .containsOnly("https://hooks-dev.example.com/iconik/webhooks");
    assertThat(dev.iconik().customActions().get(0).title()).isEqualTo("Send to OpenText (dev)");
    assertThat(dev.opentext().folder()).isEqualTo("/Media/Dev");
    assertThat(dev.credentials().get("opentext").id()).isEqualTo("bridge-dev-client");
    assertThat(dev.templateHash()).isEqualTo(source.contentHash()).hasSize(64);
    assertThat(source.placeholders()).contains("receiver_url", "cms_folder", "iconik_app_id");
  }

  @Test
  void problems_nameTheFile_theLine_andThePath() throws Exception {
    String text = resource("approved-media.json").replace("\"target\": \"review-channel\"", "\"target\": \"nowhere\"");
    int line = text.lines().toList().indexOf(text.lines().filter(l -> l.contains("nowhere")).findFirst().orElseThrow()) + 1;

    TemplateException e = catchThrowableOfType(
        () -> TemplateSource.parse(text, "approved-media.json").resolve(values("dev")), TemplateException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.routing[1].target");
      assertThat(p.line()).isEqualTo(line);
    });
    assertThat(e).hasMessageContaining("approved-media.json:" + line + ": $.routing[1].target: ");
    assertThat(TemplateSource.parse(text, "t").locate(new TemplateProblem("$.routing[1].event", "x")).line())
        .isEqualTo(line);
  }

  @Test
  void malformedJson_namesTheLineOfTheMistake() {
    TemplateException e = catchThrowableOfType(
        () -> TemplateSource.parse("{\n  \"schema\": \"x\",\n  \"name\" \"y\"\n}", "t.json"), TemplateException.class);

    assertThat(e).hasMessageContaining("t.json:3: $: not valid JSON");
  }

  @Test
  void aValuesFile_namesTheLineAndTheKey() throws Exception {
    Path file = dir.resolve("values-dev.json");
    Files.writeString(file, "{\n  \"a\": \"x\",\n  \"b\": {\"nested\": 1}\n}\n");
    assertThat(catchThrowableOfType(() -> TemplateValues.read("dev", file),
        io.github.iconikopentext.core.error.ConfigurationException.class))
        .hasMessage(file + ":3: b: must be a string, number or boolean");

    Files.writeString(file, "{\n  \"a\": \"x\"\n  \"b\": 1\n}\n");
    assertThat(catchThrowableOfType(() -> TemplateValues.read("dev", file),
        io.github.iconikopentext.core.error.ConfigurationException.class))
        .hasMessageStartingWith(file + ":3: is not a JSON object");
  }

  @Test
  void devAndProd_differOnlyWhereTheirValuesDiffer() throws Exception {
    TemplateSource source = TemplateSource.parse(resource("approved-media.json"), "t");
    IntegrationTemplate dev = source.resolve(values("dev"));
    IntegrationTemplate prod = source.resolve(values("prod"));

    assertThat(prod.templateHash()).isEqualTo(dev.templateHash());
    assertThat(prod.valuesHash()).isNotEqualTo(dev.valuesHash());
    assertThat(prod.routing()).isEqualTo(dev.routing());
    assertThat(prod.opentext().folder()).isEqualTo("/Media/Production");
  }

  @Test
  void contentHash_ignoresFormattingAndMemberOrder() {
    String a = "{\"schema\": \"iconik-opentext/template/v1\", \"name\": \"x\", \"routing\": []}";
    String b = "{\n  \"routing\" : [ ],\n  \"name\":\"x\",\"schema\":\"iconik-opentext/template/v1\"}";
    String c = "{\"schema\": \"iconik-opentext/template/v1\", \"name\": \"y\", \"routing\": []}";

    assertThat(TemplateSource.parse(a, "a").contentHash()).isEqualTo(TemplateSource.parse(b, "b").contentHash())
        .isNotEqualTo(TemplateSource.parse(c, "c").contentHash());
  }

  @Test
  void everyProblemIsReportedWithItsPath_andLiteralSecretsAreNeverEchoed() {
    String broken = """
        {"schema": "iconik-opentext/template/v0",
         "iconik": {"webhooks": [{"name": "w", "event_type": "assets", "url": "http://hooks.example.com/${missing}",
                                  "secret_header": {"name": "X-S", "secret": "hunter2-literal"}}]},
         "routing": [{"event": "Approved", "action": "transfer"}, {"event": "ReviewRequested", "action": "notify",
                      "target": "nowhere"}],
         "targets": {"t": {"kind": "ftp"}}}
        """;

    TemplateException e = catchThrowableOfType(TemplateException.class,
        () -> TemplateSource.parse(broken, "broken.json").resolve(new TemplateValues("dev", Map.of())));

    assertThat(e.problems()).extracting(TemplateProblem::path).containsExactlyInAnyOrder(
        "$.iconik.webhooks[0].url", // unbound placeholder
        "$.iconik.webhooks[0].secret_header.secret", // literal secret
        "$.schema",
        "$.name",
        "$.iconik.webhooks[0].url", // plain http to a non-loopback host
        "$.targets.t.kind",
        "$.routing[0].event",
        "$.routing[0].target",
        "$.routing[1].target");
    assertThat(e.getMessage()).contains("broken.json").contains("${missing}").doesNotContain("hunter2-literal");
  }

  @Test
  void s3AndSftpTargets_mayNotCarrySecretsInOptions_norPathTemplatesThatLeaveTheirRoot() {
    String template = """
        {"schema": "iconik-opentext/template/v1", "name": "remote",
         "routing": [{"event": "ApprovalGranted", "action": "transfer", "target": "archive"}],
         "targets": {
           "archive": {"kind": "s3", "url": "s3://media/approved",
                       "options": {"secret_access_key": "wJalrXUtnFEMI-literal", "key_template": "../{file_name}",
                                   "kms_key_id": "alias/archive"}},
           "partner": {"kind": "sftp", "url": "sftp://delivery@sftp.example.com/in",
                       "options": {"password": "hunter2-literal", "path_template": "/srv/{file_name}",
                                   "known_hosts": "sftp.example.com ssh-ed25519 AAAA"}},
           "fine": {"kind": "s3", "url": "s3://media/ok", "options": {"key_template": "{project_code}/{file_name}"}}}}
        """;

    TemplateException e = catchThrowableOfType(TemplateException.class,
        () -> TemplateSource.parse(template, "remote.json").resolve(new TemplateValues("dev", Map.of())));

    assertThat(e.problems()).extracting(TemplateProblem::path).containsExactlyInAnyOrder(
        "$.targets.archive.options.secret_access_key",
        "$.targets.archive.options.key_template",
        "$.targets.partner.options.password",
        "$.targets.partner.options.path_template");
    assertThat(e.getMessage()).doesNotContain("wJalrXUtnFEMI-literal").doesNotContain("hunter2-literal")
        .contains("traversal is refused").contains("must be relative");
  }

  @Test
  void secretReferences_areCheckedWithoutRevealingValues() throws Exception {
    IntegrationTemplate dev = TemplateSource.parse(resource("approved-media.json"), "t").resolve(values("dev"));
    SecretResolvers resolvers = SecretResolvers.builder().environment(Map.of(
        "ICONIK_WEBHOOK_SECRET", "whs-value", "ICONIK_AUTH_TOKEN", "tok-value")).build();

    var problems = dev.checkSecrets(resolvers);

    assertThat(problems).extracting(TemplateProblem::path).containsExactlyInAnyOrder(
        "$.targets.review-channel.secret", "$.credentials.opentext.secret");
    assertThat(problems.toString()).contains("env:OPENTEXT_CLIENT_SECRET").doesNotContain("tok-value");
  }

  @Test
  void malformedJson_isATemplateProblemAtTheRoot() {
    TemplateException e = catchThrowableOfType(TemplateException.class, () -> TemplateSource.parse("{\"name\": ", "x"));
    assertThat(e.problems()).extracting(TemplateProblem::path).containsExactly("$");
  }
}
