package io.github.iconikopentext.testkit.hostile;

import io.github.iconikopentext.iconik.IconikEnvironment;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSETS_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_ID;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_JSON;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetRequest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 item 1: a server that redirects to another host. No credential — App-ID, Auth-Token, bearer token,
 * client id or secret, in a header or a body — may reach the second host, whatever the status and method; the call
 * ends in a typed exception. Same-origin GET redirects still work.
 */
class RedirectTest {
  private HostileServer api;
  private HostileServer elsewhere;

  @BeforeEach
  void start() {
    api = HostileServer.start();
    elsewhere = HostileServer.start().otherwise(Answer.json("{\"id\": \"stolen\"}"));
  }

  @AfterEach
  void stop() {
    api.close();
    elsewhere.close();
  }

  static Stream<Arguments> everyClientAndStatus() {
    List<Arguments> cases = new ArrayList<>();
    for (int status : new int[] {301, 302, 303, 307, 308}) {
      Operations.ALL.keySet().forEach(name -> cases.add(Arguments.of(status, name)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyClientAndStatus")
  void aRedirectToAnotherHost_carriesNoCredentialThere_andEndsInATypedException(int status, String operation) {
    Fixture.behaving(api).on("*", "/API/*", Answer.redirect(status, elsewhere.url("/landing")))
        .on("*", "/cms/*", Answer.redirect(status, elsewhere.url("/landing")))
        .on("*", "/admin/*", Answer.redirect(status, elsewhere.url("/landing")))
        .on("*", "/css/*", Answer.redirect(status, elsewhere.url("/landing")));
    if (operation.startsWith("token")) {
      api.on("POST", TOKEN_PATH, Answer.redirect(status, elsewhere.url("/landing")));
    }

    Throwable thrown = catchThrowable(() -> Operations.ALL.get(operation).run(api, Fixture.options()));

    assertThat(Fixture.leaks(elsewhere)).as("requests to the other host carrying credentials").isEmpty();
    assertThat(thrown).as("the call's outcome").isInstanceOf(SdkException.class);
    assertThat(thrown.getMessage()).doesNotContain(Fixture.AUTH_TOKEN, Fixture.CLIENT_SECRET);
  }

  @Test
  void aSameHostNextUrlThatRedirectsAway_isNotFollowed() {
    Fixture.behaving(api)
        .on("GET", ASSETS_PATH, Answer.json("{\"objects\": [" + ASSET_JSON + "], \"next_url\":"
            + " \"/API/assets/v1/assets/page-2/\"}"))
        .on("GET", "/API/assets/v1/assets/page-2/", Answer.redirect(302, elsewhere.url("/API/assets/v1/assets/")));

    Throwable thrown = catchThrowable(() -> Fixture.iconik(api).assets().list().stream().toList());

    assertThat(elsewhere.requests()).isEmpty();
    assertThat(thrown).isInstanceOf(ApiException.class).hasMessageContaining("not followed");
  }

  @Test
  void aSameOriginGetRedirect_isFollowed_withTheCredentialsOfThatOrigin() {
    Fixture.behaving(api).on("GET", ASSET_PATH, Answer.redirect(302, "/API/assets/v1/assets/moved/"))
        .on("GET", "/API/assets/v1/assets/moved/", Answer.json(ASSET_JSON));

    assertThat(Fixture.iconik(api).assets().get(ASSET_ID).id()).isEqualTo(ASSET_ID);
    assertThat(api.requests("GET", "/API/assets/v1/assets/moved/")).singleElement()
        .satisfies(r -> assertThat(r.header("Auth-Token")).contains(Fixture.AUTH_TOKEN));
  }

  @Test
  void aRedirectedPost_isNeitherResentNorTurnedIntoAGet_evenOnTheSameHost() {
    Fixture.behaving(api).on("POST", ASSETS_PATH, Answer.redirect(303, "/API/assets/v1/assets/created/"))
        .on("*", "/API/assets/v1/assets/created/", Answer.json("{\"id\": null, \"title\": \"x\"}"));

    Throwable thrown = catchThrowable(() -> Fixture.iconik(api).assets().create(AssetRequest.titled("x")));

    assertThat(thrown).isInstanceOf(ApiException.class).hasMessageContaining("not followed");
    assertThat(((ApiException) thrown).statusCode()).isEqualTo(303);
    assertThat(api.requests("POST", ASSETS_PATH)).hasSize(1);
    assertThat(api.requests()).noneMatch(r -> r.path().endsWith("/created/"));
  }

  @Test
  void aRedirectFromHttpsToHttp_isNeverFollowed() throws Exception {
    WireMockServer https = new WireMockServer(WireMockConfiguration.options().dynamicHttpsPort().httpDisabled(true));
    https.start();
    try {
      https.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(302)
          .withHeader("Location", elsewhere.url(ASSET_PATH))));
      Environment env = Environment.builder("tls").endpoint(IconikEnvironment.ENDPOINT, "https://localhost:" + https.httpsPort()).build();
      IconikClient iconik = IconikClient.builder(env,
              StaticCredentialsProvider.of(Credential.of(Fixture.APP_ID, Secret.of(Fixture.AUTH_TOKEN))))
          .httpOptions(Fixture.options().toBuilder().okHttpClient(trustingEveryCertificate()).build()).build();

      Throwable thrown = catchThrowable(() -> iconik.assets().get(ASSET_ID));

      assertThat(https.getAllServeEvents()).as("the https server was called").isNotEmpty();
      assertThat(Fixture.leaks(elsewhere)).isEmpty();
      assertThat(thrown).isInstanceOf(ApiException.class).hasMessageContaining("not followed");
    } finally {
      https.stop();
    }
  }

  /** WireMock's certificate is self-signed: this test's client trusts it (never do this outside a test). */
  private static OkHttpClient trustingEveryCertificate() throws Exception {
    X509TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return new OkHttpClient.Builder().sslSocketFactory(tls.getSocketFactory(), trustAll)
        .hostnameVerifier((host, session) -> true).build();
  }
}
