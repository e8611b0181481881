package io.github.iconikopentext.opentext.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.CLIENT_ID;
import static io.github.iconikopentext.opentext.TestSupport.CLIENT_SECRET;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CachingCredentialsProvider;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.opentext.TestSupport;
import io.github.iconikopentext.opentext.TestSupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenTextTokenManagerTest {
  private static final String TOKEN_PATH = "/tenants/" + TENANT + "/oauth2/token";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private Environment environment;
  private OpenTextTokenManager manager;

  @BeforeEach
  void setUp() {
    environment = TestSupport.environment(server.baseUrl());
    manager = OpenTextTokenManager.builder()
        .httpOptions(HttpOptions.builder().clock(clock).retryPolicy(RetryPolicy.none()).build())
        .jitter(Duration.ZERO)
        .build();
  }

  private CachingCredentialsProvider tokens(OpenTextAuth auth) {
    return manager.tokens(environment, auth);
  }

  @Test
  void clientCredentials_defaultEncoding_sendsFormAndBasicAuth_andReturnsBearerTokenWithExpiry() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok-1", 900))));

    Credential token = tokens(OpenTextAuth.clientCredentials(TestSupport.client())).resolveCredential();

    assertThat(token.secret().reveal()).isEqualTo("tok-1");
    assertThat(token.id()).isEqualTo(CLIENT_ID);
    assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(900));
    String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes());
    server.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
        .withHeader("Authorization", equalTo(basic))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("grant_type=client_credentials")));
  }

  @Test
  void formFieldsEncoding_putsClientIdAndSecretInTheBody_withoutBasicAuth() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok-1", 900))));

    tokens(OpenTextAuth.builder(TestSupport.client()).encoding(TokenRequestEncoding.FORM_FIELDS).scope("otds:groups")
        .build()).resolveCredential();

    server.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
        .withHeader("Authorization", absent())
        .withRequestBody(equalTo("grant_type=client_credentials&scope=otds%3Agroups&client_id=" + CLIENT_ID
            + "&client_secret=" + CLIENT_SECRET)));
  }

  @Test
  void jsonEncoding_sendsAllFieldsAsJson() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok-1", 900))));

    tokens(OpenTextAuth.builder(TestSupport.client()).encoding(TokenRequestEncoding.JSON)
        .grant(OAuthGrant.password("jdoe", Secret.of("user-pass-123"))).build()).resolveCredential();

    server.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"grant_type\":\"password\",\"username\":\"jdoe\",\"password\":\"user-pass-123\","
            + "\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")));
  }

  @Test
  void tokenExchange_againstSelfHostedOtds_sendsSubjectFields() {
    server.stubFor(post("/otdsws/oauth2/token").willReturn(okJson(tokenJson("tok-x", 3600))));

    Credential token = tokens(OpenTextAuth.builder(TestSupport.client())
        .endpoint(TokenEndpoint.otds(server.baseUrl()))
        .grant(OAuthGrant.impersonate("jdoe@OTInternal")).build()).resolveCredential();

    assertThat(token.secret().reveal()).isEqualTo("tok-x");
    server.verify(postRequestedFor(urlPathEqualTo("/otdsws/oauth2/token")).withRequestBody(equalTo(
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=jdoe%40OTInternal"
            + "&subject_token_type=urn%3Aopentext.com%3Aoauth%3Astring%3Auser_id")));
  }

  @Test
  void discovery_readsTheTokenEndpointOnce() {
    server.stubFor(get("/tenants/" + TENANT + "/.well-known/openid-configuration")
        .willReturn(okJson("{\"issuer\":\"x\",\"token_endpoint\":\"" + server.baseUrl() + "/custom/token\"}")));
    server.stubFor(post("/custom/token").willReturn(okJson(tokenJson("tok-d", 60))));
    CachingCredentialsProvider tokens =
        tokens(OpenTextAuth.builder(TestSupport.client()).endpoint(TokenEndpoint.discovery()).build());

    tokens.resolveCredential();
    clock.advance(Duration.ofMinutes(5));
    tokens.resolveCredential();

    server.verify(1, getRequestedFor(urlPathEqualTo("/tenants/" + TENANT + "/.well-known/openid-configuration")));
    server.verify(2, postRequestedFor(urlPathEqualTo("/custom/token")));
  }

  @Test
  void tokenIsCachedUntilNearExpiry_thenRefreshed() {
    server.stubFor(post(TOKEN_PATH).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(tokenJson("tok-1", 900))).willSetStateTo("second"));
    server.stubFor(post(TOKEN_PATH).inScenario("t").whenScenarioStateIs("second")
        .willReturn(okJson(tokenJson("tok-2", 900))));
    CachingCredentialsProvider tokens = tokens(OpenTextAuth.clientCredentials(TestSupport.client()));

    assertThat(tokens.resolveCredential().secret().reveal()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(800));
    assertThat(tokens.resolveCredential().secret().reveal()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(60)); // inside the 1-minute prefetch window
    assertThat(tokens.resolveCredential().secret().reveal()).isEqualTo("tok-2");
    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }

  @Test
  void sameTenantClientAndScope_shareOneCachedToken() {
    OpenTextAuth auth = OpenTextAuth.clientCredentials(TestSupport.client());
    assertThat(manager.tokens(environment, auth)).isSameAs(manager.tokens(environment, auth));
    assertThat(manager.tokens(environment, auth.toBuilder().scope("other").build()))
        .isNotSameAs(manager.tokens(environment, auth));
  }

  @Test
  void issuedRefreshToken_isUsedForTheNextRefresh_andRefusalFallsBackToTheGrant() {
    server.stubFor(post(TOKEN_PATH).withRequestBody(containing("grant_type=password"))
        .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":120,\"refresh_token\":\"refresh-abc\"}")));
    server.stubFor(post(TOKEN_PATH).withRequestBody(containing("grant_type=refresh_token"))
        .willReturn(aResponse().withStatus(400)
            .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}")));
    CachingCredentialsProvider tokens = tokens(OpenTextAuth.builder(TestSupport.client())
        .grant(OAuthGrant.password("jdoe", Secret.of("user-pass-123"))).build());

    tokens.resolveCredential();
    clock.advance(Duration.ofSeconds(121));
    assertThat(tokens.resolveCredential().secret().reveal()).isEqualTo("tok-1");

    server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
        .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=refresh-abc")));
    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=password")));
  }

  @Test
  void wrongSecret_givesCredentialExceptionWithServerCode_tenantClientAndGrant_butNoSecret() {
    server.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));

    assertThatThrownBy(() -> tokens(OpenTextAuth.clientCredentials(TestSupport.client())).resolveCredential())
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("invalid_client")
        .hasMessageContaining("tenant '" + TENANT + "'")
        .hasMessageContaining("client id '" + CLIENT_ID + "'")
        .hasMessageContaining("grant client_credentials")
        .satisfies(e -> assertNoSecretIn(e, CLIENT_SECRET));
  }

  @Test
  void gatewayFault_reportsItsErrorCode() {
    server.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withBody(
        "{\"fault\":{\"faultstring\":\"Invalid ApiKey\",\"detail\":{\"errorcode\":\"oauth.v2.InvalidApiKey\"}}}")));

    assertThatThrownBy(() -> tokens(OpenTextAuth.clientCredentials(TestSupport.client())).resolveCredential())
        .isInstanceOf(CredentialException.class)
        .hasMessageContaining("oauth.v2.InvalidApiKey")
        .hasMessageContaining("Invalid ApiKey");
  }

  @Test
  void malformedOrIncompleteTokenResponses_giveCredentialExceptions() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\": ")));
    assertThatThrownBy(() -> tokens(OpenTextAuth.clientCredentials(TestSupport.client())).resolveCredential())
        .isInstanceOf(CredentialException.class).hasMessageContaining("client id '" + CLIENT_ID + "'");

    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":60}")));
    assertThatThrownBy(() -> tokens(OpenTextAuth.clientCredentials(TestSupport.client()).toBuilder().scope("s")
        .build()).resolveCredential())
        .isInstanceOf(CredentialException.class).hasMessageContaining("no access_token");

    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"t\",\"token_type\":\"mac\"}")));
    assertThatThrownBy(() -> tokens(OpenTextAuth.clientCredentials(TestSupport.client()).toBuilder().scope("s2")
        .build()).resolveCredential())
        .isInstanceOf(CredentialException.class).hasMessageContaining("unsupported token_type 'mac'");
  }

  @Test
  void issuedTokenType_accessTokenIsAccepted_anotherKindIsACredentialException() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"eyJ.x\",\"token_type\":\"Bearer\","
        + "\"issued_token_type\":\"urn:ietf:params:oauth:token-type:access_token\",\"expires_in\":3600}")));
    assertThat(tokens(OpenTextAuth.clientCredentials(TestSupport.client())).resolveCredential().secret().reveal())
        .isEqualTo("eyJ.x");

    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"issued-secret-abc\","
        + "\"token_type\":\"Bearer\",\"issued_token_type\":\"urn:ietf:params:oauth:token-type:refresh_token\"}")));
    assertThatThrownBy(() -> tokens(OpenTextAuth.clientCredentials(TestSupport.client()).toBuilder().scope("s3")
        .build()).resolveCredential())
        .isInstanceOf(CredentialException.class).hasMessageContaining("refresh_token, not an access token")
        .satisfies(e -> assertNoSecretIn(e, "issued-secret-abc"));
  }

  @Test
  void anExpiryOfTheWrongShapeIsAnErrorNotASilentDefault() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":{\"s\":60}}")));

    assertThatThrownBy(() -> tokens(OpenTextAuth.clientCredentials(TestSupport.client())).resolveCredential())
        .isInstanceOf(CredentialException.class).hasMessageContaining("expires_in");
  }

  @Test
  void tokenEndpointOverPlainHttpToARemoteHost_isRejected() {
    assertThatThrownBy(() -> tokens(OpenTextAuth.builder(TestSupport.client())
        .endpoint(TokenEndpoint.url("http://auth.example.com/token")).build()))
        .hasMessageContaining("plain http");
  }

  @Test
  void toStrings_neverShowSecrets() {
    OpenTextAuth auth = OpenTextAuth.builder(TestSupport.client())
        .grant(OAuthGrant.password("jdoe", Secret.of("user-pass-123"))).build();
    assertThat(auth.toString()).doesNotContain(CLIENT_SECRET).doesNotContain("user-pass-123");
    assertThat(auth.grant().toString()).doesNotContain("user-pass-123").contains("jdoe");
    assertThat(OAuthGrant.refreshToken(Secret.of("refresh-xyz")).toString()).doesNotContain("refresh-xyz");
  }

  static void assertNoSecretIn(Throwable e, String secret) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
      assertThat(t.toString()).doesNotContain(secret);
    }
  }
}
