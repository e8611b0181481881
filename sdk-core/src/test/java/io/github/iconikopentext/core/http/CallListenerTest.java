package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.NotFoundException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallListenerTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingListener listener = new RecordingListener();

  private TestApi api(HttpOptions.Builder options) {
    return HttpStack.builder("items", URI.create(server.baseUrl()))
        .options(options.retryPolicy(RetryPolicy.defaults().withJitter(0)).sleeper(d -> {}).build())
        .build().create(TestApi.class);
  }

  private void failOnceWith503() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    server.stubFor(get(urlEqualTo("/api/items/1/")).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"1\",\"name\":\"ok\"}").withHeader("X-Request-ID", "req-7")
            .withHeader("Content-Length", "22")));
  }

  @Test
  void retriedCall_isToldStartRetryAndEnd_withClientOperationStatusAttemptsAndBytes() {
    failOnceWith503();

    api(HttpOptions.builder().addCallListener(listener)).get("1");

    assertThat(listener.events).containsExactly(
        "start items TestApi.get GET /api/items/1/",
        "retry TestApi.get after attempt 1 (ServerException) in 250 ms",
        "end TestApi.get 200 attempts=2 requestBytes=0 responseBytes=22 id=req-7");
    assertThat(listener.durations).singleElement().satisfies(d -> assertThat(d).isPositive());
  }

  @Test
  void failedCall_isToldFailedWithStatus_andNeverEnd() {
    server.stubFor(get(urlEqualTo("/api/items/2/")).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> api(HttpOptions.builder().addCallListener(listener)).get("2"))
        .isInstanceOf(NotFoundException.class);

    assertThat(listener.events).containsExactly(
        "start items TestApi.get GET /api/items/2/", "failed TestApi.get 404 attempts=1 NotFoundException");
  }

  @Test
  void callWithoutResponse_isToldNoStatus() {
    HttpOptions.Builder options = HttpOptions.builder().addCallListener(listener)
        .retryPolicy(RetryPolicy.none());
    TestApi api = HttpStack.builder("items", URI.create("http://127.0.0.1:1"))
        .options(options.build()).build().create(TestApi.class);

    assertThatThrownBy(() -> api.get("3")).isInstanceOf(NetworkException.class);

    assertThat(listener.events).last().isEqualTo("failed TestApi.get -1 attempts=1 NetworkException");
  }

  @Test
  void asyncCall_isToldTheSameEvents() throws Exception {
    failOnceWith503();

    api(HttpOptions.builder().addCallListener(listener)).getAsync("1").get(10, TimeUnit.SECONDS);

    assertThat(listener.events).containsExactly(
        "start items TestApi.getAsync GET /api/items/1/",
        "retry TestApi.getAsync after attempt 1 (ServerException) in 250 ms",
        "end TestApi.getAsync 200 attempts=2 requestBytes=0 responseBytes=22 id=req-7");
  }

  @Test
  void callsWaitingForARateLimitPermit_areToldTheWait_syncAndAsync() throws Exception {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(okJson("{\"id\":\"1\"}")));
    TestApi api = api(HttpOptions.builder().addCallListener(listener)
        .rateLimit(RateLimit.perSecond(1).withBurst(1).withMaxWait(Duration.ofMinutes(1))));

    api.get("1");
    api.get("1");
    api.getAsync("1").get(10, TimeUnit.SECONDS);

    assertThat(listener.events).filteredOn(e -> e.startsWith("rate-limited")).containsExactly(
        "rate-limited TestApi.get", "rate-limited TestApi.getAsync");
    assertThat(listener.waits).hasSize(2).allSatisfy(wait ->
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void postBody_isCountedInRequestBytes() {
    server.stubFor(post(urlEqualTo("/api/items/")).willReturn(okJson("{\"id\":\"9\",\"name\":\"n\"}")));

    api(HttpOptions.builder().addCallListener(listener)).create(new TestApi.Item("9", "n"));

    assertThat(listener.events).last().asString().startsWith("end TestApi.create 200 attempts=1 requestBytes=21 ");
  }

  @Test
  void listenerThrowingOnStart_failsTheCallBeforeAnythingIsSent_andTheListenersHearItFailed() {
    CallListener refusing = new CallListener() {
      @Override
      public void callStart(CallInfo call) {
        throw new IllegalStateException("no");
      }
    };

    assertThatThrownBy(() -> api(HttpOptions.builder().addCallListener(listener).addCallListener(refusing)).get("1"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.getAllServeEvents()).isEmpty();
    // the listener told of the start is told of the end too, so what it opened for the call (a span) is closed
    assertThat(listener.events).hasSize(2).first().asString().isEqualTo("start items TestApi.get GET /api/items/1/");
    assertThat(listener.events).last().asString().startsWith("failed TestApi.get ")
        .endsWith(" attempts=0 IllegalStateException");
  }

  @Test
  void listenerThrowingOnRetry_isIgnored_andLaterListenersStillHearEveryEvent() {
    failOnceWith503();
    CallListener broken = new CallListener() {
      @Override
      public void callRetry(CallInfo call, int failedAttempt, Throwable failure, Duration delay) {
        throw new IllegalStateException("broken metrics");
      }
    };

    assertThat(api(HttpOptions.builder().addCallListener(broken).addCallListener(listener)).get("1").name())
        .isEqualTo("ok");
    assertThat(listener.events).hasSize(3);
  }

  @Test
  void callFactoryDecorator_seesEveryAttempt_andTheSdkRulesStillApply() throws ExecutionException {
    failOnceWith503();
    AtomicInteger created = new AtomicInteger();
    HttpOptions.Builder options = HttpOptions.builder().callFactory(client -> request -> {
      created.incrementAndGet();
      return client.newCall(request);
    });

    assertThat(api(options).get("1").name()).isEqualTo("ok");

    assertThat(created).hasValue(2); // one per attempt: the retry goes through the decorated factory too
    assertThat(server.getAllServeEvents()).allSatisfy(e ->
        assertThat(e.getRequest().getHeader("User-Agent")).startsWith("iconik-opentext-sdk"));
  }

  @Test
  void callFactoryReturningNull_isAClearError() {
    HttpOptions options = HttpOptions.builder().callFactory(client -> (Call.Factory) null).build();

    assertThatThrownBy(() -> HttpStack.builder("items", URI.create(server.baseUrl())).options(options).build())
        .isInstanceOf(NullPointerException.class).hasMessage("callFactory returned null");
  }

  @Test
  void optionsKeepListenersAndDecoratorThroughToBuilder() {
    CallListener other = new CallListener() {};
    HttpOptions options = HttpOptions.builder().addCallListener(listener).build().toBuilder()
        .addCallListener(other).build();

    assertThat(options.callListeners()).containsExactly(listener, other);
  }

  /** Records what it is told, one line per event. */
  private static final class RecordingListener implements CallListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Duration> durations = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void callStart(CallInfo call) {
      events.add("start " + call.client() + " " + call.operation() + " " + call.method() + " " + call.path());
    }

    @Override
    public void callRateLimited(CallInfo call, Duration wait) {
      waits.add(wait);
      events.add("rate-limited " + call.operation());
    }

    @Override
    public void callRetry(CallInfo call, int failedAttempt, Throwable failure, Duration delay) {
      events.add("retry " + call.operation() + " after attempt " + failedAttempt + " ("
          + failure.getClass().getSimpleName() + ") in " + delay.toMillis() + " ms");
    }

    @Override
    public void callEnd(CallInfo call, CallSummary summary) {
      durations.add(summary.duration());
      events.add("end " + call.operation() + " " + summary.status() + " attempts=" + summary.attempts()
          + " requestBytes=" + summary.requestBytes() + " responseBytes=" + summary.responseBytes()
          + " id=" + summary.requestId().orElse("-"));
    }

    @Override
    public void callFailed(CallInfo call, CallSummary summary, Throwable failure) {
      events.add("failed " + call.operation() + " " + summary.status() + " attempts=" + summary.attempts() + " "
          + failure.getClass().getSimpleName());
    }
  }
}
