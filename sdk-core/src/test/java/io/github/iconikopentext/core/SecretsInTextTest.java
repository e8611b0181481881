package io.github.iconikopentext.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretReferenceCredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.core.internal.UrlText;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret pasted where a reference or URL belongs never comes back in an exception message or toString(). */
class SecretsInTextTest {
  private static final String PASTED = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.Zm9yZ2Vk-sig";
  private static final SecretResolvers RESOLVERS = SecretResolvers.builder().environment(Map.of()).build();

  @Test
  void aTokenPastedAfterEnv_isNotEchoed_butItsLengthIs() {
    assertThatThrownBy(() -> RESOLVERS.resolve("env:" + PASTED)).isInstanceOf(CredentialException.class)
        .hasMessageNotContaining(PASTED).hasMessageNotContaining("c2VjcmV0")
        .hasMessageContaining("env:<" + PASTED.length() + " characters, not shown>");
  }

  @Test
  void aRealVariableName_isStillNamed() {
    assertThatThrownBy(() -> RESOLVERS.resolve("env:ICONIK_AUTH_TOKEN")).hasMessageContaining("env:ICONIK_AUTH_TOKEN");
    assertThatThrownBy(() -> RESOLVERS.resolve("prop:iconik.authToken.missing"))
        .hasMessageContaining("prop:iconik.authToken.missing");
    assertThatThrownBy(() -> RESOLVERS.resolve("file:/run/secrets/absent")).hasMessageContaining("file:/run/secrets/absent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"user:hunter2-Passw0rd", "admin:S3cr3t/Value+x=", "https://user:hunter2-Passw0rd@host"})
  void aUserPasswordPair_readAsAnUnknownScheme_doesNotEchoThePassword(String pasted) {
    assertThatThrownBy(() -> RESOLVERS.resolve(pasted)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unknown scheme").hasMessageNotContaining("hunter2").hasMessageNotContaining("S3cr3t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"prop:" + PASTED, "file:" + PASTED, "file:c2VjcmV0L3ZhbHVl+YWJj=="})
  void pastedValuesAfterPropAndFile_areNotEchoed(String reference) {
    String name = reference.substring(reference.indexOf(':') + 1);
    assertThatThrownBy(() -> RESOLVERS.resolve(reference)).isInstanceOf(CredentialException.class)
        .hasMessageNotContaining(name);
    assertThat(SecretReference.parse(reference).toString()).doesNotContain(name);
  }

  @Test
  void aSchemeThatIsNotAWord_isNotEchoed() {
    assertThatThrownBy(() -> SecretReference.parse("my pass word:x")).isInstanceOf(ConfigurationException.class)
        .hasMessageNotContaining("pass word");
  }

  @Test
  void theCredentialsProviderToString_hidesAPastedName() {
    assertThat(SecretReferenceCredentialsProvider.of("client-1", SecretReference.parse("env:" + PASTED), RESOLVERS))
        .hasToString("secret reference env:<" + PASTED.length() + " characters, not shown> for client-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://admin:hunter2@app.iconik.io/a b", "https://admin:hunter2@app.iconik.io:99999x/",
      "ftp://admin:hunter2@files.example.com/x", "http://admin:hunter2@example.com /", "https://admin:hunter2@"})
  void anUnusableBaseUrl_neverEchoesItsUserInfo(String url) {
    assertThatThrownBy(() -> Environment.builder("prod").endpoint("iconik", url).build())
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("hunter2").hasMessageContaining("prod");
  }

  @Test
  void anUnparseableBaseUrl_isNamedBySchemeAndHost() {
    assertThatThrownBy(() -> Environment.builder("prod").endpoint("iconik", "https://admin:hunter2@app.iconik.io/a b")
        .build()).hasMessageContaining("https://app.iconik.io/…").hasMessageContaining("not a URL")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void theEnvironmentLoader_neverEchoesUserInfoEither() {
    Properties props = new Properties();
    props.setProperty("prod.iconik.base-url", "https://admin:hunter2@app.iconik.io/a b");

    assertThatThrownBy(() -> EnvironmentLoader.fromProperties(props, "environments.properties"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("environments.properties")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> EnvironmentLoader.fromEnvironmentVariables("prod",
        Map.of("ICONIK_BASE_URL", "ftp://admin:hunter2@app.iconik.io/"), java.util.List.of("iconik.base-url")))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("hunter2");
  }

  @Test
  void httpStack_refusingANonHttpUrl_doesNotEchoItsUserInfo() {
    assertThatThrownBy(() -> HttpStack.builder("x", URI.create("ftp://admin:hunter2@files.example.com/")).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("ftp://files.example.com")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void urlText_keepsSchemeHostAndPort_only() {
    assertThat(UrlText.describe("https://app.iconik.io")).isEqualTo("https://app.iconik.io");
    assertThat(UrlText.describe("HTTPS://u:p@app.iconik.io:8443/API?token=abc")).isEqualTo("https://app.iconik.io:8443/…");
    assertThat(UrlText.describe("https://[::1]:80/")).isEqualTo("https://[::1]:80/…");
    assertThat(UrlText.describe("https://u:p@x y/")).doesNotContain("u:p");
    assertThat(UrlText.describe("hunter2")).doesNotContain("hunter2");
  }
}
