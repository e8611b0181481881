package io.github.iconikopentext.opentext.auth;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.TestSupport;
import org.junit.jupiter.api.Test;

/** Grants, token endpoints and service URLs print ids, schemes and hosts — never a token or a password. */
class SecretsInTextTest {
  private static final String SUBJECT_TOKEN = "eyJhbGciOiJSUzI1NiJ9.subject-token-payload.signature";

  @Test
  void aTokenExchangeWithASubjectToken_doesNotPrintIt() {
    OAuthGrant grant = new OAuthGrant.TokenExchange(SUBJECT_TOKEN, "urn:ietf:params:oauth:token-type:access_token");

    assertThat(grant.toString()).doesNotContain(SUBJECT_TOKEN).doesNotContain("subject-token-payload")
        .contains("subjectToken=****", "urn:ietf:params:oauth:token-type:access_token");
  }

  @Test
  void impersonation_printsTheUserId_whichIsAnId() {
    assertThat(OAuthGrant.impersonate("jdoe@OTInternal").toString()).contains("subjectUserId=jdoe@OTInternal");
  }

  @Test
  void anUnparseableTokenUrl_isNamedBySchemeAndHostOnly() {
    assertThatThrownBy(() -> TokenEndpoint.url("https://admin:hunter2@otds.example.com/oauth 2/token"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("https://otds.example.com")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> TokenEndpoint.otds("https://admin:hunter2@otds.example.com/a b"))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("hunter2");
  }

  @Test
  void anUnusableServiceUrlSetting_doesNotEchoItsUserInfo() {
    Environment env = Environment.builder("test").endpoint(OpenTextEnvironment.ENDPOINT, "https://api.example.com")
        .setting(OpenTextEnvironment.TENANT_ID, TestSupport.TENANT).setting(OpenTextClient.CMS_URL_SETTING, "ftp://admin:hunter2@cms.example.com/")
        .build();

    assertThatThrownBy(() -> OpenTextClient.builder(env).clientCredentials(TestSupport.client()).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining(OpenTextClient.CMS_URL_SETTING)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aTokenUrlWithUserInfo_isRefused_andNeverPrinted() {
    TokenEndpoint endpoint = TokenEndpoint.url("https://admin:hunter2@otds.example.com/otdsws/oauth2/token");
    assertThat(endpoint.toString()).doesNotContain("hunter2").contains("otds.example.com");
    Environment env = TestSupport.environment("https://api.example.com");

    assertThatThrownBy(() -> OpenTextClient.builder(env)
        .auth(OpenTextAuth.builder(TestSupport.client()).endpoint(endpoint).build()).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("user info")
        .hasMessageNotContaining("hunter2");
  }
}
