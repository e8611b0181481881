package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.error.ServerException;
import io.github.iconikopentext.core.http.internal.SharedHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private TestApi api(RetryPolicy policy) {
    HttpOptions options = HttpOptions.builder().retryPolicy(policy).sleeper(sleeper).build();
    return HttpStack.builder("test", URI.create(server.baseUrl())).options(options).build().create(TestApi.class);
  }

  private TestApi api() {
    return api(RetryPolicy.defaults().withJitter(0));
  }

  private void failOnceThen(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    server.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(first).willSetStateTo("recovered"));
    server.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("recovered")
        .willReturn(okJson("{\"id\":\"1\",\"name\":\"ok\"}")));
  }

  @Test
  void get_connectionReset_isRetriedAndSucceeds() {
    failOnceThen("/api/items/1/", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    // On a fresh connection: a reset on a pooled one is sent again at once (ConnectionReuse), without back-off.
    SharedHttpClient.get().connectionPool().evictAll();

    assertThat(api().get("1").name()).isEqualTo("ok");
    server.verify(2, getRequestedFor(urlEqualTo("/api/items/1/")));
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void get_emptyResponse_isRetriedAndSucceeds() {
    failOnceThen("/api/items/1/", aResponse().withFault(Fault.EMPTY_RESPONSE));

    assertThat(api().get("1").name()).isEqualTo("ok");
    server.verify(2, getRequestedFor(urlEqualTo("/api/items/1/")));
  }

  @Test
  void get_503_isRetriedWithExponentialBackoff() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    server.stubFor(get(urlEqualTo("/api/items/1/")).inScenario("s").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
    server.stubFor(get(urlEqualTo("/api/items/1/")).inScenario("s").whenScenarioStateIs("third")
        .willReturn(okJson("{\"id\":\"1\",\"name\":\"ok\"}")));

    assertThat(api().get("1").name()).isEqualTo("ok");
    server.verify(3, getRequestedFor(urlEqualTo("/api/items/1/")));
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void get_429WithRetryAfter_waitsWhatTheServerAsked() {
    failOnceThen("/api/items/1/", aResponse().withStatus(429).withHeader("Retry-After", "2"));

    assertThat(api().get("1").name()).isEqualTo("ok");
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void get_429WithHugeRetryAfter_isCappedByPolicy() {
    failOnceThen("/api/items/1/", aResponse().withStatus(429).withHeader("Retry-After", "3600"));

    api(RetryPolicy.defaults().withMaxRetryAfter(Duration.ofSeconds(30))).get("1");
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void get_persistent503_givesUpAfterMaxAttemptsWithServerException() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> api(RetryPolicy.defaults().withMaxAttempts(3).withJitter(0)).get("1"))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("HTTP 503");
    server.verify(3, getRequestedFor(urlEqualTo("/api/items/1/")));
  }

  @Test
  void get_persistent429_endsWithRateLimitExceptionCarryingRetryAfter() {
    server.stubFor(get(urlEqualTo("/api/items/1/"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

    assertThatThrownBy(() -> api(RetryPolicy.defaults().withMaxAttempts(2)).get("1"))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
  }

  @Test
  void get_retriesStopWhenTotalBudgetWouldBeExceeded() {
    server.stubFor(get(urlEqualTo("/api/items/1/"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "50")));

    assertThatThrownBy(() -> api(RetryPolicy.defaults().withTotalBudget(Duration.ofSeconds(60))).get("1"))
        .isInstanceOf(RateLimitException.class);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(50));
  }

  @Test
  void plainPost_isNotRetried() {
    server.stubFor(post(urlEqualTo("/api/items/")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> api().create(new TestApi.Item(null, "x"))).isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(urlEqualTo("/api/items/")));
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void plainPost_429_isRetriedBecauseTheServerDidNotProcessIt() {
    server.stubFor(post(urlEqualTo("/api/items/")).inScenario("p429").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    server.stubFor(post(urlEqualTo("/api/items/")).inScenario("p429").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"2\",\"name\":\"x\"}")));

    assertThat(api().create(new TestApi.Item(null, "x")).id()).isEqualTo("2");
    server.verify(2, postRequestedFor(urlEqualTo("/api/items/")));
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void plainPost_connectionReset_isNotRetried() {
    server.stubFor(post(urlEqualTo("/api/items/"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> api().create(new TestApi.Item(null, "x"))).isInstanceOf(NetworkException.class);
    server.verify(1, postRequestedFor(urlEqualTo("/api/items/")));
  }

  @Test
  void idempotentPost_isRetried() {
    server.stubFor(post(urlEqualTo("/api/search/")).inScenario("p").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
    server.stubFor(post(urlEqualTo("/api/search/")).inScenario("p").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"9\",\"name\":\"found\"}")));

    assertThat(api().search(new TestApi.Item(null, "q")).id()).isEqualTo("9");
    server.verify(2, postRequestedFor(urlEqualTo("/api/search/")));
  }

  @Test
  void get_500_isNotRetried() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> api().get("1")).isInstanceOf(ServerException.class);
    server.verify(1, getRequestedFor(urlEqualTo("/api/items/1/")));
  }

  @Test
  void async_503ThenOk_retriesWithoutBlockingAndCompletes() throws Exception {
    failOnceThen("/api/items/1/", aResponse().withStatus(503));

    TestApi.Item item = api(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
        .getAsync("1").get();
    assertThat(item.name()).isEqualTo("ok");
    server.verify(2, getRequestedFor(urlEqualTo("/api/items/1/")));
    assertThat(sleeper.waits).as("async calls never use the blocking sleeper").isEmpty();
  }

  @Test
  void async_interceptorFailure_surfacesTheOriginalErrorWithoutRetrying() {
    HttpOptions options = HttpOptions.builder().retryPolicy(RetryPolicy.defaults()).sleeper(sleeper).build();
    TestApi failingAuth = HttpStack.builder("test", URI.create(server.baseUrl())).options(options)
        .addInterceptor(chain -> {
          throw new io.github.iconikopentext.core.error.CredentialException("no token for client c1");
        })
        .build().create(TestApi.class);

    assertThatThrownBy(() -> failingAuth.getAsync("1").get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(io.github.iconikopentext.core.error.CredentialException.class)
        .hasMessageContaining("no token for client c1");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void async_notFound_completesExceptionallyWithTypedError() {
    server.stubFor(get(urlEqualTo("/api/items/2/")).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> api().getAsync("2").get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(io.github.iconikopentext.core.error.NotFoundException.class);
  }
}
