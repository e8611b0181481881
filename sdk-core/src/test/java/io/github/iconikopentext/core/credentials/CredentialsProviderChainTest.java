package io.github.iconikopentext.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.CredentialException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsProviderChainTest {
  @TempDir
  Path dir;

  @Test
  void threeFailingProviders_reportAllThreeReasonsWithoutValues() throws Exception {
    Path file = dir.resolve("credentials");
    Files.writeString(file, "[prod]\niconik_app_id = app\niconik_auth_token = s3cr3t-value\n");
    CredentialsProviderChain chain = CredentialsProviderChain.of(
        EnvironmentVariableCredentialsProvider.of("ICONIK_APP_ID", "ICONIK_AUTH_TOKEN", Map.of()),
        SystemPropertyCredentialsProvider.of("test.none.appId", "test.none.token"),
        ProfileCredentialsProvider.builder().file(file).profile("dev").keys("iconik_app_id", "iconik_auth_token")
            .build());

    assertThatThrownBy(chain::resolveCredential)
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("environment variables ICONIK_APP_ID/ICONIK_AUTH_TOKEN: ICONIK_APP_ID is not set")
        .hasMessageContaining("system properties test.none.appId/test.none.token: test.none.appId is not set")
        .hasMessageContaining("profile [dev] not found")
        .hasMessageNotContaining("s3cr3t-value");
  }

  @Test
  void firstWorkingProvider_winsAndIsRemembered() {
    AtomicInteger firstCalls = new AtomicInteger();
    CredentialsProvider failing = () -> {
      firstCalls.incrementAndGet();
      throw new CredentialException("nothing here");
    };
    Map<String, String> env = new HashMap<>(Map.of("ID", "app-1", "SECRET", "tok"));
    CredentialsProviderChain chain =
        CredentialsProviderChain.of(failing, EnvironmentVariableCredentialsProvider.of("ID", "SECRET", env));

    assertThat(chain.resolveCredential().id()).isEqualTo("app-1");
    assertThat(chain.resolveCredential().id()).isEqualTo("app-1");
    assertThat(firstCalls).as("the remembered provider is asked first").hasValue(1);

    env.remove("SECRET");
    assertThatThrownBy(chain::resolveCredential).hasMessageContaining("nothing here").hasMessageContaining("SECRET");
    assertThat(firstCalls).hasValue(2);
  }

  @Test
  void profileFile_errorsNameTheFile_theLine_andTheKey_neverTheSecret() throws Exception {
    Path file = dir.resolve("credentials");
    ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder().file(file).profile("dev")
        .keys("iconik_app_id", "iconik_auth_token")
        .resolvers(SecretResolvers.builder().environment(Map.of("SET", "s3cr3t-value")).build()).build();

    Files.writeString(file, "# comment\n[dev]\niconik_app_id =\niconik_auth_token = ref:env:SET\n");
    assertThatThrownBy(provider::resolveCredential).isInstanceOf(CredentialException.class)
        .hasMessageStartingWith(file + ":3: [dev] iconik_app_id: is empty");

    Files.writeString(file, "# comment\n[dev]\niconik_app_id = app\niconik_auth_token = ref:env:UNSET\n");
    assertThatThrownBy(provider::resolveCredential).isInstanceOf(CredentialException.class)
        .hasMessageStartingWith(file + ":4: [dev] iconik_auth_token: ").hasMessageContaining("UNSET");

    Files.writeString(file, "# comment\n[dev]\niconik_app_id = app\n");
    assertThatThrownBy(provider::resolveCredential)
        .hasMessageStartingWith(file + ":2: [dev] has no key iconik_auth_token");

    Files.writeString(file, "[dev]\niconik_app_id = app\niconik_auth_token s3cr3t-value\n");
    assertThatThrownBy(provider::resolveCredential).hasMessageStartingWith(file + ":3: is neither")
        .hasMessageNotContaining("s3cr3t-value");

    Files.writeString(file, "[dev]\niconik_app_id = app\niconik_auth_token = ref:env:SET\n");
    assertThat(provider.resolveCredential().secret().reveal()).isEqualTo("s3cr3t-value");
  }

  @Test
  void profileFile_readsSectionAndReferences() throws Exception {
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, "from-file\n");
    Path file = dir.resolve("credentials");
    Files.writeString(file, "# comment\n[default]\nopentext_client_id = c1\nopentext_client_secret = plain\n"
        + "[profile test]\nopentext_client_id = c2\nopentext_client_secret = ref:file:" + tokenFile + "\n");

    Credential plain = ProfileCredentialsProvider.builder().file(file)
        .keys("opentext_client_id", "opentext_client_secret").build().resolveCredential();
    Credential referenced = ProfileCredentialsProvider.builder().file(file).profile("test")
        .keys("opentext_client_id", "opentext_client_secret").build().resolveCredential();

    assertThat(plain.id()).isEqualTo("c1");
    assertThat(plain.secret().reveal()).isEqualTo("plain");
    assertThat(referenced.id()).isEqualTo("c2");
    assertThat(referenced.secret().reveal()).isEqualTo("from-file");
  }

  @Test
  void missingProfileFile_isNamed() {
    ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder().file(dir.resolve("absent"))
        .keys("a", "b").build();
    assertThatThrownBy(provider::resolveCredential).isInstanceOf(CredentialException.class)
        .hasMessageContaining("absent").hasMessageContaining("does not exist");
  }
}
