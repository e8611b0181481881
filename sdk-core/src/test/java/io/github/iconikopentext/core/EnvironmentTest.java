package io.github.iconikopentext.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {
  @TempDir
  Path dir;

  @Test
  void plainHttpToNonLoopbackHost_isRefusedWithClearError() {
    assertThatThrownBy(() -> Environment.builder("prod").endpoint("iconik", "http://app.iconik.io").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("prod")
        .hasMessageContaining("plain http")
        .hasMessageContaining("allowInsecureHttp");
  }

  @Test
  void plainHttpToLoopback_isAccepted() {
    assertThat(Environment.builder("test").endpoint("iconik", "http://127.0.0.1:8080").build().endpoint("iconik"))
        .hasToString("http://127.0.0.1:8080");
    assertThat(Environment.builder("test").endpoint("iconik", "http://localhost:1/").build().endpoint("iconik"))
        .hasToString("http://localhost:1");
    assertThat(Environment.builder("test").endpoint("opentext", "http://[::1]:9/").build().endpoint("opentext"))
        .hasToString("http://[::1]:9");
  }

  @Test
  void plainHttpWithExplicitOptIn_isAccepted() {
    Environment env = Environment.builder("lab").endpoint("iconik", "http://iconik.lab.internal")
        .allowInsecureHttp(true).build();
    assertThat(env.allowInsecureHttp()).isTrue();
  }

  @Test
  void loopbackLookalikeHosts_areNotLoopback() {
    assertThatThrownBy(() -> Environment.builder("x").endpoint("iconik", "http://127.0.0.1.evil.example").build())
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> Environment.builder("x").endpoint("iconik", "http://localhost.evil.example").build())
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void otherSchemesAndCredentialsInUrl_areRefused() {
    assertThatThrownBy(() -> Environment.builder("x").endpoint("iconik", "ftp://app.iconik.io").build())
        .hasMessageContaining("must use https");
    assertThatThrownBy(() -> Environment.builder("x").endpoint("iconik", "https://user:pw@app.iconik.io").build())
        .hasMessageContaining("must not embed credentials").hasMessageNotContaining("pw@");
    assertThatThrownBy(() -> Environment.builder("x").build()).hasMessageContaining("has no endpoint");
  }

  @Test
  void missingEndpoint_isNamedWhenAsked() {
    Environment env = Environment.builder("dev").endpoint("iconik", "https://app.iconik.io").build();
    assertThatThrownBy(() -> env.endpoint("opentext")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("dev").hasMessageContaining("opentext base URL");
  }

  @Test
  void propertiesFile_definesSeveralEnvironmentsWithSettings() throws Exception {
    Path file = dir.resolve("environments.properties");
    Files.writeString(file, String.join("\n",
        "dev.iconik.base-url = https://app.iconik.io",
        "dev.opentext.base-url = https://na-1-dev.api.opentext.com",
        "dev.opentext.tenant-id = tenant-dev",
        "dev.cms.folder = /Media/Dev",
        "prod.iconik.base-url = https://eu.iconik.io/",
        "prod.opentext.base-url = https://us.api.opentext.com",
        "prod.opentext.tenant-id = tenant-prod"));

    Map<String, Environment> envs = EnvironmentLoader.fromPropertiesFile(file);

    assertThat(envs).containsOnlyKeys("dev", "prod");
    assertThat(envs.get("dev").requireSetting("opentext.tenant-id")).isEqualTo("tenant-dev");
    assertThat(envs.get("dev").setting("cms.folder")).contains("/Media/Dev");
    assertThat(envs.get("prod").endpoint("iconik")).hasToString("https://eu.iconik.io");
  }

  @Test
  void propertiesFile_badValuesAreNamedWithTheirOrigin() throws Exception {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "dev.iconik.base-url = http://app.iconik.io\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining(file.toString());

    Files.writeString(file, "dev.iconik.base-url = https://a.io\ndev.allow-insecure-http = maybe\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file)).hasMessageContaining("true or false");

    Files.writeString(file, "novalue\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file))
        .hasMessageContaining("<environment>.<setting>");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(dir.resolve("nope"), "dev"))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void propertiesFile_errorsNameTheFile_theLine_andTheKey() throws Exception {
    Path file = dir.resolve("environments.properties");
    String header = "# comment\n\n! another comment\ndev.iconik.base-url = https://app.iconik.io\n";

    Files.writeString(file, header + "dev.opentext.tenant-id =\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file)).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(file + ":5: dev.opentext.tenant-id: is empty");

    Files.writeString(file, header + "dev.cms.folder = /a\\\n  /continued\nprod.opentext.base-url = http://x.example\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file))
        .hasMessageStartingWith(file + ":7: prod.opentext.base-url: ").hasMessageContaining("https");

    Files.writeString(file, header + "dev.allow-insecure-http = maybe\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file))
        .hasMessageStartingWith(file + ":5: dev.allow-insecure-http: must be true or false");

    Files.writeString(file, header + "novalue\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file))
        .hasMessageStartingWith(file + ":5: novalue: is not of the form <environment>.<setting>");

    Files.writeString(file, header + "dev.x = \\u00zz\n");
    assertThatThrownBy(() -> EnvironmentLoader.fromPropertiesFile(file)).hasMessageStartingWith(file + ":5: Malformed");
  }

  /** What the iconik and OpenText modules contribute (the core test cannot see them). */
  private static final List<String> KEYS = List.of("iconik.base-url", "opentext.base-url", "opentext.tenant-id");

  @Test
  void environmentVariables_prefixedWinsOverPlain() {
    Map<String, String> vars = Map.of(
        "ICONIK_BASE_URL", "https://app.iconik.io",
        "PROD_ICONIK_BASE_URL", "https://eu.iconik.io",
        "OPENTEXT_BASE_URL", "https://us.api.opentext.com",
        "OPENTEXT_TENANT_ID", "t1");

    Environment prod = EnvironmentLoader.fromEnvironmentVariables("prod", vars, KEYS);
    Environment dev = EnvironmentLoader.fromEnvironmentVariables("dev", vars, KEYS);

    assertThat(prod.endpoint("iconik")).hasToString("https://eu.iconik.io");
    assertThat(dev.endpoint("iconik")).hasToString("https://app.iconik.io");
    assertThat(dev.requireSetting("opentext.tenant-id")).isEqualTo("t1");
    assertThatThrownBy(() -> EnvironmentLoader.fromEnvironmentVariables("dev", Map.of(), KEYS))
        .hasMessageContaining("ICONIK_BASE_URL");
  }
}
