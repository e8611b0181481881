package io.github.iconikopentext.opentext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.opentext.TestSupport.MutableClock;
import io.github.iconikopentext.opentext.TestSupport.RecordingSleeper;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bearer token on service calls, and what a 401 from a service does. */
class OpenTextClientAuthTest {
  private static final String TOKEN_PATH = "/tenants/" + TENANT + "/oauth2/token";
  private static final String INSTANCE = "/cms/instances/file/ot_asset/a1";
  private static final String FAULT_401 =
      "{\"fault\":{\"faultstring\":\"Invalid access token\",\"detail\":{\"errorcode\":\"oauth.v2.InvalidAccessToken\"}}}";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private OpenTextClient client;

  @BeforeEach
  void setUp() {
    server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(tokenJson("tok-1", 3600))).willSetStateTo("issued-1"));
    server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("issued-1")
        .willReturn(okJson(tokenJson("tok-2", 3600))).willSetStateTo("issued-2"));
    server.stubFor(post(TOKEN_PATH).inScenario("tokens").whenScenarioStateIs("issued-2")
        .willReturn(okJson(tokenJson("tok-3", 3600))));
    client = OpenTextClient.builder(TestSupport.environment(server.baseUrl()))
        .clientCredentials(TestSupport.client())
        .httpOptions(TestSupport.options(new MutableClock(Instant.parse("2025-01-01T00:00:00Z")),
            new RecordingSleeper()))
        .cmsRateLimit(null)
        .build();
  }

  @Test
  void serviceCallsCarryTheBearerToken() {
    server.stubFor(get(INSTANCE).willReturn(okJson("{\"id\":\"a1\",\"name\":\"n\"}")));

    assertThat(client.cms().get(InstanceRef.file("ot_asset", "a1")).name()).isEqualTo("n");

    server.verify(getRequestedFor(urlPathEqualTo(INSTANCE)).withHeader("Authorization", equalTo("Bearer tok-1")));
  }

  @Test
  void a401_causesOneRefreshAndOneRetry_withTheNewToken() {
    server.stubFor(get(INSTANCE).withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401).withBody(FAULT_401)));
    server.stubFor(get(INSTANCE).withHeader("Authorization", equalTo("Bearer tok-2"))
        .willReturn(okJson("{\"id\":\"a1\",\"name\":\"after refresh\"}")));

    assertThat(client.cms().get(InstanceRef.file("ot_asset", "a1")).name()).isEqualTo("after refresh");

    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    server.verify(2, getRequestedFor(urlPathEqualTo(INSTANCE)));
  }

  @Test
  void a401ThatPersists_isRetriedOnceOnly_thenAuthenticationException() {
    server.stubFor(get(INSTANCE).willReturn(aResponse().withStatus(401).withBody(FAULT_401)));

    assertThatThrownBy(() -> client.cms().get(InstanceRef.file("ot_asset", "a1")))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("oauth.v2.InvalidAccessToken");

    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    server.verify(2, getRequestedFor(urlPathEqualTo(INSTANCE)));
  }

  @Test
  void a401OnAOneShotUpload_refreshesTheTokenButDoesNotResendTheStream() {
    server.stubFor(post("/css/v3/files/fromStream").willReturn(aResponse().withStatus(401).withBody(FAULT_401)));

    assertThatThrownBy(() -> client.storage().upload(new ByteArrayInputStream(new byte[10]), "a.bin",
        "application/octet-stream"))
        .isInstanceOf(AuthenticationException.class);

    server.verify(1, postRequestedFor(urlPathEqualTo("/css/v3/files/fromStream")));
    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }
}
