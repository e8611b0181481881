package io.github.iconikopentext.examples.cli;

import static io.github.iconikopentext.examples.RepositoryFiles.fencedBlocks;
import static io.github.iconikopentext.examples.RepositoryFiles.pages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.examples.RepositoryFiles;
import io.github.iconikopentext.core.EnvironmentLoader;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.ProfileCredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.opentext.OpenTextEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code init DIR} writes the starting points docs/starter-files.md shows, and each loads with the SDK's own loaders
 * once its blanks are filled as the page says; before that, the loaders name the file, the line and the key.
 */
class InitCommandTest {
  @TempDir
  Path dir;
  private CliRunner cli;
  private Path project;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir.resolve("config"));
    project = dir.resolve("project");
    CliRunner.Result r = cli.run("init", project.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  @Test
  void init_writesEveryFile_asTheDocsShowIt() throws IOException {
    List<String> allBlocks = pages().stream()
        .flatMap(page -> List.of("properties", "ini", "json").stream().flatMap(lang -> fencedBlocks(page, lang).stream()))
        .toList();

    assertThat(InitCommand.FILES).allSatisfy(name -> {
      String written = Files.readString(project.resolve(name), StandardCharsets.UTF_8);
      assertThat(written).as(name).isEqualTo(new String(InitCommand.content(name), StandardCharsets.UTF_8));
      assertThat(allBlocks).as(name + " shown in docs/").contains(written);
    });
  }

  @Test
  void theSdksOwnTestsUseTheTemplateInitWrites() throws IOException {
    Path tests = RepositoryFiles.root().resolve("sdk-integration/src/test/resources/templates");

    for (String name : List.of("approved-media.json", "values-dev.json", "values-prod.json")) {
      assertThat(tests.resolve(name)).as(name).hasBinaryContent(InitCommand.content(name));
    }
  }

  @Test
  void theEnvironmentsFile_asWritten_namesItsFirstBlank_withFileLineAndKey() throws IOException {
    Path file = project.resolve("environments.properties");
    int line = lineOf(file, "dev.opentext.tenant-id =");

    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(file + ":" + line + ": dev.opentext.tenant-id: is empty");
  }

  @Test
  void theEnvironmentsFile_loads_onceItsTenantIdsAreFilledIn() throws IOException {
    Path file = project.resolve("environments.properties");
    Files.writeString(file, Files.readString(file).replaceAll("(?m)^(\\w+)\\.opentext\\.tenant-id =$",
        "$1.opentext.tenant-id = tenant-of-$1"));

    Map<String, Environment> environments = EnvironmentLoader.fromPropertiesFile(file);

    assertThat(environments).containsOnlyKeys("dev", "test", "prod");
    assertThat(environments.values()).allSatisfy(env -> {
      assertThat(IconikEnvironment.baseUrl(env)).hasToString("https://app.iconik.io");
      assertThat(OpenTextEnvironment.tenantId(env)).isEqualTo("tenant-of-" + env.name());
      assertThat(OpenTextEnvironment.baseUrl(env).getHost()).endsWith(".api.opentext.com");
    });
  }

  @Test
  void theCredentialsFile_asWritten_namesItsBlank_andHoldsNoSecret() throws IOException {
    Path file = project.resolve("credentials");

    assertThatThrownBy(() -> iconik(file, "dev", Map.of()).resolveCredential())
        .isInstanceOf(CredentialException.class)
        .hasMessageStartingWith(file + ":" + lineOf(file, "iconik_app_id =") + ": [dev] iconik_app_id: is empty");
    assertThat(Files.readAllLines(file)).filteredOn(l -> l.contains("token") || l.contains("secret"))
        .filteredOn(l -> !l.startsWith("#")).allSatisfy(l -> assertThat(l).contains("= ref:"));
  }

  @Test
  void theCredentialsFile_loads_onceItsIdsAreFilled_andItsReferencesResolve() throws IOException {
    Path file = project.resolve("credentials");
    Files.writeString(file, Files.readString(file).replace("iconik_app_id =", "iconik_app_id = my-app-id")
        .replace("opentext_client_id =", "opentext_client_id = my-client-id"));
    Map<String, String> variables = Map.of("ICONIK_AUTH_TOKEN_DEV", "dev-token", "OPENTEXT_CLIENT_SECRET_DEV",
        "dev-secret", "ICONIK_AUTH_TOKEN_TEST", "test-token", "OPENTEXT_CLIENT_SECRET_TEST", "test-secret");

    for (String profile : List.of("dev", "test")) {
      Credential iconik = iconik(file, profile, variables).resolveCredential();
      Credential openText = ProfileCredentialsProvider.builder().file(file).profile(profile)
          .keys("opentext_client_id", "opentext_client_secret")
          .resolvers(SecretResolvers.builder().environment(variables).build()).build().resolveCredential();
      assertThat(iconik.id()).isEqualTo("my-app-id");
      assertThat(iconik.secret().reveal()).isEqualTo(profile + "-token");
      assertThat(openText.id()).isEqualTo("my-client-id");
      assertThat(openText.secret().reveal()).isEqualTo(profile + "-secret");
    }
    // prod reads mounted files: until they exist, the error names the line, the key and the reference.
    assertThatThrownBy(() -> iconik(file, "prod", variables).resolveCredential())
        .hasMessageStartingWith(file + ":" + lineOf(file, "iconik_auth_token = ref:file:") + ": [prod] iconik_auth_token: ")
        .hasMessageContaining("/run/secrets/iconik_auth_token");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "test", "prod"})
  void theTemplate_validates_withEachValuesFile(String environment) {
    secrets();

    CliRunner.Result r = validate(environment);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("valid: approved-media-to-opentext for " + environment);
  }

  @Test
  void aMistakeInTheTemplate_isNamedWithTheFile_theLine_andThePath() throws IOException {
    Path template = project.resolve("approved-media.json");
    Files.writeString(template, Files.readString(template).replace("\"target\": \"review-channel\"",
        "\"target\": \"nowhere\""));
    secrets();

    CliRunner.Result r = validate("dev");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).contains(template + ":" + lineOf(template, "    {\"event\": \"ReviewRequested\"")
        + ": $.routing[1].target: ");
  }

  @Test
  void anUnsetSecretOfTheTemplate_isNamedWithTheFile_theLine_andThePath() throws IOException {
    Path template = project.resolve("approved-media.json");
    secrets();
    cli.env.remove("REVIEW_HOOK_SECRET");

    CliRunner.Result r = validate("dev");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).contains(template + ":" + lineOf(template, "    \"review-channel\":")
        + ": $.targets.review-channel.secret: ");
  }

  @Test
  void aMistakeInAValuesFile_isNamedWithTheFile_theLine_andTheKey() throws IOException {
    Path values = project.resolve("values-dev.json");
    Files.writeString(values, Files.readString(values).replace("\"/Media/Dev\"", "[\"/Media/Dev\"]"));
    secrets();

    CliRunner.Result r = validate("dev");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(values + ":" + lineOf(values, "  \"cms_folder\"") + ": cms_folder: must be a string");
  }

  @Test
  void aMistakeInTheMappingSpec_isNamedWithTheFile_theLine_andThePath() throws IOException {
    Path spec = project.resolve(InitCommand.MAPPING_SPEC);
    Files.writeString(spec, Files.readString(spec).replaceFirst("\"type\": \"string\"", "\"type\": \"strnig\""));
    Path input = Files.writeString(dir.resolve("in.json"), "{\"project_code\": \"AB-1\"}");

    CliRunner.Result r = cli.run("map", "--spec", spec.toString(), "--direction", "to-opentext",
        "--input", input.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("--spec " + spec + ": ", "line " + lineOf(spec, "      \"type\": \"strnig\"")
        + ": $.fields[0].type: ");
  }

  @Test
  void theMappingSpec_loads_andIsTheBuiltInProfile() throws IOException {
    MetadataMapper mapper = MetadataMapper.fromJson(Files.readString(project.resolve(InitCommand.MAPPING_SPEC)));

    assertThat(mapper.name()).isEqualTo(MetadataMapper.MEDIA_GOVERNANCE);
    assertThat(MetadataMapper.validate(Files.readString(project.resolve(InitCommand.MAPPING_SPEC)))).isEmpty();
  }

  @Test
  void init_keepsExistingFiles_unlessForced() throws IOException {
    Path environments = project.resolve("environments.properties");
    Files.writeString(environments, "dev.iconik.base-url = https://eu.iconik.io\n");

    CliRunner.Result refused = cli.run("init", project.toString());

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("already has environments.properties, credentials", "--force");
    assertThat(Files.readString(environments)).isEqualTo("dev.iconik.base-url = https://eu.iconik.io\n");

    CliRunner.Result forced = cli.run("init", "--force", project.toString());

    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(Files.readString(environments)).contains("prod.opentext.tenant-id =");
  }

  @Test
  void init_intoAFile_isAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    CliRunner.Result r = cli.run("init", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(file + ": is a file, not a directory");
  }

  /** {@code template validate} of the written template with the written values of {@code environment}. */
  private CliRunner.Result validate(String environment) {
    return cli.run("template", "validate", "--template", project.resolve("approved-media.json").toString(),
        "--values", project.resolve("values-" + environment + ".json").toString(), "--environment", environment);
  }

  /** The secrets the template's references name, as starter-files.md says to provide them. */
  private void secrets() {
    cli.env.put("ICONIK_WEBHOOK_SECRET", "hook-secret-value");
    cli.env.put("REVIEW_HOOK_SECRET", "review-secret-value");
    cli.env.put("ICONIK_AUTH_TOKEN", "iconik-token-value");
    cli.env.put("OPENTEXT_CLIENT_SECRET", "client-secret-value");
  }

  private static ProfileCredentialsProvider iconik(Path file, String profile, Map<String, String> variables) {
    return ProfileCredentialsProvider.builder().file(file).profile(profile).keys("iconik_app_id", "iconik_auth_token")
        .resolvers(SecretResolvers.builder().environment(variables).build()).build();
  }

  /** The 1-based line of the first line of {@code file} starting with {@code prefix}. */
  private static int lineOf(Path file, String prefix) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(prefix + " not in " + file);
  }
}
