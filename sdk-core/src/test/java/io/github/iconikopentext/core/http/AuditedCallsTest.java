package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditLogVerifier;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.error.ServerException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okhttp3.Interceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

public class AuditedCallsTest {
  private static final Secret AUTH_TOKEN = Secret.of("iconik-auth-token-7f3a9c");
  private static final Secret AUDIT_KEY = Secret.of("audit-hmac-key-0123456789abcdef-0123456789");
  private static final CredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.of(new Credential("app-id-1", AUTH_TOKEN, null, "v7"));

  /** Public: Moshi reads records through their public accessors. */
  public record Asset(String id, String title) {}

  interface AssetsApi {
    @Audited(value = AuditAction.ASSET_READ, target = "asset_id")
    @GET("assets/{asset_id}")
    Asset get(@Path("asset_id") String assetId);

    @Audited(value = AuditAction.ASSET_READ, target = "asset_id")
    @GET("assets/{asset_id}")
    CompletableFuture<Asset> getAsync(@Path("asset_id") String assetId);

    @Audited(value = AuditAction.METADATA_UPDATED, target = "asset_id")
    @PUT("assets/{asset_id}/metadata")
    Void updateMetadata(@Path("asset_id") String assetId, @Body Map<String, String> values);

    @Audited(AuditAction.TEMPLATE_VALIDATED)
    @POST("validate")
    Void validate();

    @GET("health")
    Void health();
  }

  interface MisnamedTarget {
    @Audited(value = AuditAction.ASSET_READ, target = "assetId")
    @GET("assets/{asset_id}")
    Asset get(@Path("asset_id") String assetId);
  }

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final InMemoryAuditSink sink = new InMemoryAuditSink();

  @TempDir java.nio.file.Path dir;

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** The client's authentication: sends the App-ID and the secret token, as the iconik client will. */
  private static Interceptor auth() {
    return chain -> {
      Credential c = CREDENTIALS.resolveCredential();
      return chain.proceed(chain.request().newBuilder()
          .header("App-ID", c.id()).header("Auth-Token", c.secret().reveal()).build());
    };
  }

  private HttpStack.Builder stack(String baseUrl, AuditSink auditSink) {
    return HttpStack.builder("iconik", URI.create(baseUrl))
        .options(HttpOptions.builder().sleeper(d -> { }).build())
        .addInterceptor(auth())
        .audit(AuditContext.builder(auditSink).environment("staging").system(AuditSystem.of("iconik", "iconik"))
            .credentials(CREDENTIALS).build());
  }

  private AssetsApi api() {
    return stack(server.baseUrl(), sink).build().create(AssetsApi.class);
  }

  private AuditEvent onlyEvent() {
    assertThat(sink.events()).hasSize(1);
    return sink.events().get(0);
  }

  @Test
  void successfulCallRecordsOneEventWithCredentialEnvironmentTargetAndRequestId() {
    server.stubFor(get("/assets/a-1").willReturn(okJson("{\"id\":\"a-1\",\"title\":\"Trailer\"}")
        .withHeader("X-Request-ID", "srv-req-1")));

    Asset asset = api().get("a-1");

    assertThat(asset.title()).isEqualTo("Trailer");
    AuditEvent e = onlyEvent();
    assertThat(e.action()).isEqualTo(AuditAction.ASSET_READ);
    assertThat(e.environment()).isEqualTo("staging");
    assertThat(e.system()).isEqualTo(AuditSystem.of("iconik", "iconik"));
    assertThat(e.source()).isEqualTo(URI.create("urn:iconikopentext:staging:iconik"));
    assertThat(e.credentialId()).isEqualTo("app-id-1");
    assertThat(e.credentialVersion()).isEqualTo("v7");
    assertThat(e.target()).isEqualTo(AuditTarget.asset("a-1"));
    assertThat(e.subject()).isEqualTo("a-1");
    assertThat(e.outcome()).isEqualTo(AuditOutcome.success(200));
    assertThat(e.requestId()).isEqualTo("srv-req-1");
    assertThat(e.operation()).isEqualTo("AssetsApi.get");
  }

  @Test
  void withoutAServerRequestIdTheEventHasTheOneTheSdkSent() {
    server.stubFor(put("/assets/a-2/metadata").willReturn(aResponse().withStatus(204)));

    api().updateMetadata("a-2", Map.of("title", "New"));

    String sent = server.getAllServeEvents().get(0).getRequest().getHeader("X-Request-ID");
    AuditEvent e = onlyEvent();
    assertThat(e.action()).isEqualTo(AuditAction.METADATA_UPDATED);
    assertThat(e.requestId()).isNotBlank().isEqualTo(sent);
    assertThat(e.outcome()).isEqualTo(AuditOutcome.success(204));
  }

  @Test
  void failedCallRecordsTheFailureWithItsErrorCodeAndRequestId() {
    server.stubFor(get("/assets/gone").willReturn(aResponse().withStatus(404)
        .withHeader("X-Request-ID", "srv-req-404").withBody("{\"errors\":[\"Asset not found\"]}")));

    assertThatThrownBy(() -> api().get("gone")).isInstanceOf(NotFoundException.class);

    AuditEvent e = onlyEvent();
    assertThat(e.outcome()).isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "not_found", 404));
    assertThat(e.requestId()).isEqualTo("srv-req-404");
    assertThat(e.credentialId()).isEqualTo("app-id-1");
    assertThat(e.target()).isEqualTo(AuditTarget.asset("gone"));
  }

  @Test
  void retriedCallRecordsOneEventForItsFinalOutcome() {
    server.stubFor(get("/assets/a-3").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
    server.stubFor(get("/assets/a-3").inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(okJson("{\"id\":\"a-3\"}")));

    api().get("a-3");

    server.verify(2, getRequestedFor(urlEqualTo("/assets/a-3")));
    assertThat(onlyEvent().outcome()).isEqualTo(AuditOutcome.success(200));
  }

  @Test
  void retriesExhaustedRecordOneFailure() {
    server.stubFor(get("/assets/a-4").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> api().get("a-4")).isInstanceOf(ServerException.class);

    assertThat(onlyEvent().outcome()).isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "server_error", 503));
  }

  @Test
  void asyncCallRecordsOneEvent() {
    server.stubFor(get("/assets/a-5").willReturn(okJson("{\"id\":\"a-5\"}")));
    server.stubFor(get("/assets/gone").willReturn(aResponse().withStatus(404)));

    assertThat(api().getAsync("a-5").join().id()).isEqualTo("a-5");
    assertThatThrownBy(() -> api().getAsync("gone").join()).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NotFoundException.class);

    assertThat(sink.events()).extracting(e -> e.subject() + " " + e.outcome().status())
        .containsExactly("a-5 SUCCESS", "gone FAILURE");
  }

  @Test
  void methodWithoutTargetRecordsNoSubject() {
    server.stubFor(post("/validate").willReturn(aResponse().withStatus(204)));

    api().validate();

    AuditEvent e = onlyEvent();
    assertThat(e.action()).isEqualTo(AuditAction.TEMPLATE_VALIDATED);
    assertThat(e.target()).isNull();
    assertThat(e.subject()).isNull();
  }

  @Test
  void unannotatedMethodsAndStacksWithoutAuditRecordNothing() {
    server.stubFor(get("/health").willReturn(aResponse().withStatus(204)));
    server.stubFor(get("/assets/a-6").willReturn(okJson("{\"id\":\"a-6\"}")));

    api().health();
    AssetsApi unaudited = HttpStack.builder("iconik", URI.create(server.baseUrl())).addInterceptor(auth()).build()
        .create(AssetsApi.class);
    unaudited.get("a-6");

    assertThat(sink.events()).isEmpty();
  }

  @Test
  void networkFailureIsRecordedAsSuch() throws Exception {
    String deadUrl = server.baseUrl();
    server.stop();
    AssetsApi api = HttpStack.builder("iconik", URI.create(deadUrl))
        .options(HttpOptions.builder().retryPolicy(RetryPolicy.none()).connectTimeout(Duration.ofSeconds(2)).build())
        .audit(AuditContext.builder(sink).environment("staging").system(AuditSystem.of("iconik", "iconik"))
            .credentials(CREDENTIALS).build())
        .build().create(AssetsApi.class);

    assertThatThrownBy(() -> api.get("a-7")).isInstanceOf(NetworkException.class);

    AuditEvent e = onlyEvent();
    assertThat(e.outcome()).isEqualTo(AuditOutcome.failure("network_error"));
    assertThat(e.credentialId()).isEqualTo("app-id-1");
  }

  @Test
  void sinkFailureAfterASuccessfulCallIsThrown() {
    server.stubFor(get("/assets/a-8").willReturn(okJson("{\"id\":\"a-8\"}")));
    AuditSink broken = event -> {
      throw new AuditException("audit disk full");
    };
    AssetsApi api = stack(server.baseUrl(), broken).build().create(AssetsApi.class);

    assertThatThrownBy(() -> api.get("a-8")).isInstanceOf(AuditException.class).hasMessage("audit disk full");
    server.verify(1, getRequestedFor(urlEqualTo("/assets/a-8")));
  }

  @Test
  void sinkFailureAfterAFailedCallIsSuppressedIntoTheFailure() {
    server.stubFor(get("/assets/gone").willReturn(aResponse().withStatus(404)));
    AuditSink broken = event -> {
      throw new AuditException("audit disk full");
    };
    AssetsApi api = stack(server.baseUrl(), broken).build().create(AssetsApi.class);

    assertThatThrownBy(() -> api.get("gone")).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(AuditException.class));
  }

  @Test
  void targetThatIsNoPathParameterIsAConfigurationError() {
    MisnamedTarget api = stack(server.baseUrl(), sink).build().create(MisnamedTarget.class);

    assertThatThrownBy(() -> api.get("a-9"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("@Audited(target = \"assetId\")").hasMessageContaining("assets/{asset_id}");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void noEventAndNoLogLineEverContainsTheSecretsInUse() throws Exception {
    server.stubFor(get("/assets/a-1").willReturn(okJson("{\"id\":\"a-1\"}")));
    server.stubFor(get("/assets/gone").willReturn(aResponse().withStatus(401)
        .withBody("{\"errors\":[\"bad token " + AUTH_TOKEN.reveal() + "\"]}")));
    java.nio.file.Path log = dir.resolve("audit.jsonl");
    JsonLinesAuditSink file = JsonLinesAuditSink.builder(log, StaticCredentialsProvider.of(
        Credential.of("audit-key", AUDIT_KEY))).build();
    AssetsApi api = stack(server.baseUrl(), AuditSink.composite(sink, file)).build().create(AssetsApi.class);

    api.get("a-1");
    assertThatThrownBy(() -> api.get("gone")).isInstanceOf(RuntimeException.class);
    file.close();

    List<AuditEvent> events = sink.events();
    assertThat(events).hasSize(2);
    for (AuditEvent e : events) {
      for (String text : List.of(e.toJson(), e.toOcsfJson(), e.toString())) {
        assertThat(AUTH_TOKEN.isContainedIn(text)).as(text).isFalse();
        assertThat(AUDIT_KEY.isContainedIn(text)).as(text).isFalse();
      }
    }
    String logText = Files.readString(log);
    assertThat(AUTH_TOKEN.isContainedIn(logText)).isFalse();
    assertThat(AUDIT_KEY.isContainedIn(logText)).isFalse();
    assertThat(AuditLogVerifier.builder().key(Credential.of("audit-key", AUDIT_KEY)).build().verify(log).isIntact())
        .isTrue();
  }
}
