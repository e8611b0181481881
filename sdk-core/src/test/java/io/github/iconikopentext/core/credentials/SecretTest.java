package io.github.iconikopentext.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {
  @TempDir
  Path dir;

  @Test
  void toStringAndCredentialToString_neverShowTheValue() {
    Secret secret = Secret.of("hunter2-very-secret");
    Credential credential = Credential.of("app-id-1", secret);

    assertThat(secret.toString()).isEqualTo("****");
    assertThat(credential.toString()).contains("app-id-1").doesNotContain("hunter2");
    assertThat(secret.reveal()).isEqualTo("hunter2-very-secret");
  }

  @Test
  void equality_comparesValues() {
    assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
  }

  @Test
  void emptySecret_isRejectedWithoutEcho() {
    assertThatThrownBy(() -> Secret.of("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret value is empty");
  }

  @Test
  void references_resolveEnvFileAndProp() throws Exception {
    Path file = dir.resolve("s");
    Files.writeString(file, "file-secret\n");
    System.setProperty("secret.test.prop", "prop-secret");
    SecretResolvers resolvers = SecretResolvers.builder().environment(Map.of("MY_SECRET", "env-secret")).build();

    assertThat(resolvers.resolve("env:MY_SECRET").reveal()).isEqualTo("env-secret");
    assertThat(resolvers.resolve("file:" + file).reveal()).isEqualTo("file-secret");
    assertThat(resolvers.resolve("prop:secret.test.prop").reveal()).isEqualTo("prop-secret");
  }

  @Test
  void pluggableScheme_isUsed() {
    SecretResolvers resolvers = SecretResolvers.builder().register("vault", name -> Secret.of("v-" + name)).build();
    assertThat(resolvers.resolve("vault:kv/iconik").reveal()).isEqualTo("v-kv/iconik");
  }

  @Test
  void unresolvableReferences_sayWhichAndWhy() {
    SecretResolvers resolvers = SecretResolvers.builder().environment(Map.of()).build();

    assertThatThrownBy(() -> resolvers.resolve("env:NOPE")).isInstanceOf(CredentialException.class)
        .hasMessageContaining("env:NOPE");
    assertThatThrownBy(() -> resolvers.resolve("file:" + dir.resolve("missing")))
        .isInstanceOf(CredentialException.class).hasMessageContaining("cannot read");
    assertThatThrownBy(() -> resolvers.resolve("s3:bucket/key")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unknown scheme 's3'");
  }

  @Test
  void literalSecretWhereReferenceBelongs_isNotEchoed() {
    assertThatThrownBy(() -> SecretReference.parse("plainpassword123"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageNotContaining("plainpassword123");
  }
}
