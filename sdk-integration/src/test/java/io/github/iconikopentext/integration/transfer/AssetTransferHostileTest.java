package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.testkit.hostile.Answer;
import io.github.iconikopentext.testkit.hostile.HostileServer;
import io.github.iconikopentext.testkit.hostile.RecordedRequest;
import io.github.iconikopentext.testkit.hostile.Responder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AssetTransfer} against the hostile-server suite: iconik and the signed download URL on {@link HostileServer}s
 * that redirect elsewhere, close connections, drip, send wrong shapes or loop, and an OpenText target whose token
 * endpoint issues odd lifetimes. No credential reaches another host; a transfer completes or ends in a typed
 * exception in bounded time; a job is created once.
 */
@Execution(ExecutionMode.CONCURRENT) // the cases mostly wait for deadlines
class AssetTransferHostileTest {
  private static final String APP_ID = "hostile-app-id-0001";
  private static final String AUTH_TOKEN = "iconik-auth-S3CRET-0001";
  private static final String CLIENT_SECRET = "opentext-client-S3CRET-0002";
  private static final List<String> CREDENTIALS = List.of(APP_ID, AUTH_TOKEN, CLIENT_SECRET, "hostile-token-");
  private static final String ASSET = "asset-1";
  private static final String FILES = "/API/files/v1/assets/" + ASSET + "/files/";
  private static final String JOBS = "/API/jobs/v1/jobs/";
  private static final String CONTENT = "content of the file";

  private HostileServer iconik;
  private HostileServer storage;
  private HostileServer elsewhere;

  @TempDir
  Path archive;

  @BeforeEach
  void start() {
    iconik = HostileServer.start();
    storage = HostileServer.start();
    elsewhere = HostileServer.start().otherwise(Answer.json("{}"));
    behaving(Answer.Closing.KEEP_ALIVE);
  }

  @AfterEach
  void stop() {
    iconik.close();
    storage.close();
    elsewhere.close();
  }

  /** iconik and the storage answering as they should, closing connections as {@code closing} says. */
  private void behaving(Answer.Closing closing) {
    iconik.on("GET", "/API/files/v1/assets/" + ASSET + "/formats/ORIGINAL/",
            Answer.json("{\"id\": \"fmt-1\", \"name\": \"ORIGINAL\"}").closing(closing))
        .on("GET", FILES, Answer.json("{\"objects\": [{\"id\": \"file-1\", \"format_id\": \"fmt-1\", \"status\":"
            + " \"CLOSED\", \"size\": " + CONTENT.length() + ", \"original_name\": \"a.mov\"}]}").closing(closing))
        .on("GET", FILES + "file-1/download_url/",
            Answer.json("{\"url\": \"" + storage.url("/media/file-1?sig=abc") + "\"}").closing(closing))
        .on("POST", JOBS, Answer.json(201, "{\"id\": \"job-1\", \"status\": \"STARTED\"}").closing(closing))
        .on("PATCH", JOBS + "job-1/", Answer.json("{\"id\": \"job-1\"}").closing(closing));
    storage.on("GET", "/media/file-1", Answer.text(200, "application/octet-stream", CONTENT).closing(closing));
  }

  private static HttpOptions options() {
    return HttpOptions.builder().connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(1))
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO)
            .withTotalBudget(Duration.ofSeconds(2)))
        .sleeper(d -> {}).build();
  }

  private AssetTransfer transfer() {
    return builder().build();
  }

  private AssetTransfer.Builder builder() {
    Environment env = Environment.builder("hostile").endpoint(IconikEnvironment.ENDPOINT, iconik.baseUrl().toString()).build();
    IconikClient client = IconikClient.builder(env,
        StaticCredentialsProvider.of(Credential.of(APP_ID, Secret.of(AUTH_TOKEN)))).httpOptions(options()).build();
    return AssetTransfer.builder(client).maxAttempts(1)
        .downloadClient(new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(1)).build());
  }

  private TransferTarget fileSystem() {
    return new FileSystemTarget("archive", archive);
  }

  private static List<RecordedRequest> leaks(HostileServer server) {
    return server.requests().stream().filter(r -> r.carriesAny(CREDENTIALS) || r.header("Auth-Token").isPresent()
        || r.header("App-ID").isPresent() || r.header("Authorization").isPresent()).toList();
  }

  @Test
  void aWellBehavedWorld_completes() throws Exception {
    TransferResult outcome = transfer().transfer(ASSET, "ORIGINAL", fileSystem());

    assertThat(outcome.state()).isEqualTo(TransferResult.State.COMPLETED);
    assertThat(Files.readString(Path.of(outcome.record().location()))).isEqualTo(CONTENT);
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void iconikRedirectingElsewhere_leaksNoCredential_andTheTransferFailsTyped(int status) {
    iconik.on("*", "/API/jobs/*", Answer.redirect(status, elsewhere.url("/landing")))
        .on("*", FILES + "*", Answer.redirect(status, elsewhere.url("/landing")));

    Throwable thrown = catchThrowable(() -> transfer().transfer(ASSET, "ORIGINAL", fileSystem()));

    assertThat(thrown).isInstanceOf(SdkException.class);
    assertThat(leaks(elsewhere)).isEmpty();
  }

  @Test
  void aSignedUrlRedirectingElsewhere_carriesNoIconikCredentialThere() {
    storage.on("GET", "/media/file-1", Answer.redirect(302, elsewhere.url("/media/file-1")));
    elsewhere.on("GET", "/media/file-1", Answer.text(200, "application/octet-stream", CONTENT));

    TransferResult outcome = transfer().transfer(ASSET, "ORIGINAL", fileSystem());

    assertThat(outcome.state()).isEqualTo(TransferResult.State.COMPLETED);
    assertThat(elsewhere.requests()).isNotEmpty();
    assertThat(leaks(elsewhere)).isEmpty();
    assertThat(leaks(storage)).isEmpty();
  }

  @Test
  void serversClosingAfterEachAnswer_completeTheTransfer_andTheJobIsCreatedOnce() {
    behaving(Answer.Closing.HTTP_1_0);

    for (int i = 0; i < 3; i++) {
      Path dir = archive.resolve("run-" + i);
      assertThat(transfer().transfer(ASSET, "ORIGINAL", new FileSystemTarget("archive-" + i, dir)).state())
          .isEqualTo(TransferResult.State.COMPLETED);
    }

    assertThat(iconik.requests("POST", JOBS)).hasSize(3);
  }

  @Test
  void aDrippingDownload_failsTheTransferTyped_inBoundedTime() {
    String dripped = "x".repeat(200); // 20 s at a byte per 100 ms: always moving, never making progress
    iconik.on("GET", FILES, Answer.json("{\"objects\": [{\"id\": \"file-1\", \"format_id\": \"fmt-1\", \"status\":"
        + " \"CLOSED\", \"size\": " + dripped.length() + ", \"original_name\": \"a.mov\"}]}"));
    storage.on("GET", "/media/file-1", Answer.text(200, "application/octet-stream", dripped)
        .dripped(Duration.ofMillis(100)));
    AssetTransfer transfer = builder().stallTimeout(Duration.ofSeconds(1)).build();

    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(8),
        () -> catchThrowable(() -> transfer.transfer(ASSET, "ORIGINAL", fileSystem())));

    assertThat(thrown).isInstanceOf(IntegrationException.class).hasMessageContaining("stalled");
    assertThat(iconik.requests("PATCH", JOBS + "job-1/")).isNotEmpty();
  }

  @Test
  void aDrippingIconik_failsTheTransferTyped_nearTheDeadline() {
    iconik.on("GET", FILES, Answer.json("{\"objects\": []" + " ".repeat(200) + "}").dripped(Duration.ofMillis(100)));

    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(6),
        () -> catchThrowable(() -> transfer().transfer(ASSET, "ORIGINAL", fileSystem())));

    assertThat(thrown).isInstanceOf(SdkException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"message\": \"gateway timeout\"}", "null", "<html>busy</html>"})
  void aWronglyShapedFileList_failsTheTransferTyped(String body) {
    iconik.on("GET", FILES, Answer.json(body));

    assertThat(catchThrowable(() -> transfer().transfer(ASSET, "ORIGINAL", fileSystem())))
        .isInstanceOf(SdkException.class);
    assertThat(iconik.requests("POST", JOBS)).isEmpty();
  }

  @Test
  void aFileListLoopingItsNextUrl_failsTheTransferTyped() {
    iconik.on("GET", FILES, Answer.json("{\"objects\": [{\"id\": \"other\", \"format_id\": \"fmt-0\"}],"
            + " \"next_url\": \"" + FILES + "b/\"}"))
        .on("GET", FILES + "b/", Answer.json("{\"objects\": [{\"id\": \"other-b\", \"format_id\": \"fmt-0\"}],"
            + " \"next_url\": \"" + FILES + "?page=1\"}"));

    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowable(() -> transfer().transfer(ASSET, "ORIGINAL", fileSystem())));

    assertThat(thrown).isInstanceOf(SdkException.class).hasMessageContaining("already fetched");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "3", "9223372036854775807"})
  void anOpenTextTargetWhoseTokensHaveOddLifetimes_completes_withOneTokenRequest(String expiresIn) {
    HostileServer openText = HostileServer.start();
    try {
      openText.on("POST", "/tenants/t-1/oauth2/token", Responder.tokens(expiresIn))
          .on("POST", "/css/v3/files/fromStream", Answer.json(201, "{\"id\": \"blob-1\", \"size\": "
              + CONTENT.length() + "}"))
          .on("GET", "/cms/instances/file/media_asset", Answer.json("{\"_links\": {}}"))
          .on("POST", "/cms/instances/file/media_asset", Answer.json(201, "{\"id\": \"cms-1\", \"name\": \"a.mov\"}"));
      Environment env = Environment.builder("hostile").endpoint(OpenTextEnvironment.ENDPOINT, openText.baseUrl().toString())
          .setting(OpenTextEnvironment.TENANT_ID, "t-1").build();
      OpenTextClient client = OpenTextClient.builder(env).cmsRateLimit(null).httpOptions(options())
          .auth(OpenTextAuth.clientCredentials(StaticCredentialsProvider.of(
              Credential.of("client-1", Secret.of(CLIENT_SECRET))))).build();

      TransferResult outcome = transfer().transfer(ASSET, "ORIGINAL", OpenTextTarget.builder(client, "media_asset")
          .build());

      assertThat(outcome.state()).isEqualTo(TransferResult.State.COMPLETED);
      assertThat(openText.requests("POST", "/tenants/t-1/oauth2/token")).hasSize(1);
    } finally {
      openText.close();
    }
  }
}
