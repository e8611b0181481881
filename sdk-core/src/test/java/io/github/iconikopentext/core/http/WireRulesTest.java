package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.RedirectException;
import io.github.iconikopentext.core.error.ServerException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transport rules of docs/architecture.md: redirects, deadline, size limits, requests never sent. */
class WireRulesTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private TestApi api(HttpOptions.Builder options) {
    return HttpStack.builder("rules", URI.create(server.baseUrl())).options(options.sleeper(sleeper).build()).build()
        .create(TestApi.class);
  }

  private TestApi api() {
    return api(HttpOptions.builder().retryPolicy(RetryPolicy.none()));
  }

  @Test
  void aSameOriginRedirectChain_isFollowedFiveTimes_thenRefused() {
    server.stubFor(get(urlPathMatching("/api/items/.*")).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "/api/items/again/")));

    RedirectException thrown = (RedirectException) catchThrowable(() -> api().get("1"));

    assertThat(thrown.getMessage()).contains("more than 5 redirects");
    assertThat(server.getAllServeEvents()).hasSize(1 + RedirectException.MAX_FOLLOWED);
  }

  @Test
  void aCrossOriginRedirect_namesOnlyTheTargetOrigin() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(307)
        .withHeader("Location", "https://elsewhere.example:8443/path?X-Amz-Signature=secret-sig")));

    RedirectException thrown = (RedirectException) catchThrowable(() -> api().get("1"));

    assertThat(thrown.targetOrigin()).contains("https://elsewhere.example:8443");
    assertThat(thrown.statusCode()).isEqualTo(307);
    assertThat(thrown.getMessage()).contains("another origin").doesNotContain("secret-sig", "/path");
  }

  @Test
  void aRedirectWithoutLocation_isRefused() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(301)));

    assertThatThrownBy(() -> api().get("1")).isInstanceOf(RedirectException.class)
        .hasMessageContaining("no usable Location");
  }

  @Test
  void aResponseOverTheSizeLimit_isAnInvalidResponse() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\": \"1\", \"name\": \"" + "n".repeat(10_000) + "\"}")));

    assertThatThrownBy(() -> api(HttpOptions.builder().maxResponseBytes(2048).retryPolicy(RetryPolicy.none()))
        .get("1")).isInstanceOf(InvalidResponseException.class).hasMessageContaining("maximum response size of 2048");
    assertThat(api(HttpOptions.builder().maxResponseBytes(20_000)).get("1").name()).hasSize(10_000);
    assertThatThrownBy(() -> HttpOptions.builder().maxResponseBytes(1023)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLongErrorBody_isCutAt64KiB_andTheStatusSurvives() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(500)
        .withBody("e".repeat(1024 * 1024))));

    ServerException thrown = (ServerException) catchThrowable(
        () -> api(HttpOptions.builder().maxResponseBytes(2048).retryPolicy(RetryPolicy.none())).get("1"));

    assertThat(thrown.statusCode()).isEqualTo(500);
    assertThat(thrown.details().excerpt()).hasSizeLessThan(400);
  }

  @Test
  void theTotalBudget_isTheDeadlineOfASlowlyDrippingCall_syncAndAsync() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"1\"" + " ".repeat(200) + "}")
        .withChunkedDribbleDelay(100, 10_000)));
    HttpOptions.Builder options = HttpOptions.builder().readTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.defaults().withTotalBudget(Duration.ofSeconds(1)));

    long started = System.nanoTime();
    Throwable sync = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowable(() -> api(options).get("1")));
    Throwable async = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowable(() -> api(options).getAsync("1").get()));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    assertThat(sync).isInstanceOf(NetworkException.class).hasMessageContaining("total budget of 1000 ms");
    assertThat(async).isInstanceOf(ExecutionException.class).cause().isInstanceOf(NetworkException.class);
  }

  @Test
  void aPostThatCouldNotConnect_wasNotSent_andIsRetried() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TestApi nowhere = HttpStack.builder("rules", URI.create("http://127.0.0.1:" + closedPort))
        .options(HttpOptions.builder().sleeper(sleeper).retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)).build())
        .build().create(TestApi.class);

    assertThatThrownBy(() -> nowhere.create(new TestApi.Item(null, "x"))).isInstanceOf(NetworkException.class)
        .hasMessageContaining("not sent");
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void aPostThatWasSent_isNotRetriedAfterAReset() {
    server.stubFor(post(urlEqualTo("/api/items/")).willReturn(aResponse()
        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> api(HttpOptions.builder()).create(new TestApi.Item(null, "x")))
        .isInstanceOf(NetworkException.class).hasMessageNotContaining("not sent");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void theBudgetMustBePositive_andNoRetriesStillHasADeadline() {
    assertThatThrownBy(() -> RetryPolicy.defaults().withTotalBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RetryPolicy.none().totalBudget()).isEqualTo(Duration.ofMinutes(2));
  }
}
