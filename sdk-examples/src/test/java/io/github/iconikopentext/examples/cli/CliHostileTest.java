package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.testkit.hostile.Answer;
import io.github.iconikopentext.testkit.hostile.HostileServer;
import io.github.iconikopentext.testkit.hostile.RecordedRequest;
import io.github.iconikopentext.testkit.hostile.Responder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI against the hostile-server suite: iconik and OpenText on one {@link HostileServer} that redirects to a
 * second one, closes connections, drips, sends huge or wrongly shaped bodies, loops {@code next_url} or issues odd
 * token lifetimes. Each run exits with a code that says what happened, within the deadline (2 s), and nothing it
 * prints or sends elsewhere holds a secret.
 */
@Execution(ExecutionMode.CONCURRENT) // the cases mostly wait for deadlines
class CliHostileTest {
  private static final String APP_ID = "hostile-app-id-0001";
  private static final String AUTH_TOKEN = "iconik-auth-S3CRET-0001";
  private static final String CLIENT_SECRET = "opentext-client-S3CRET-0002";
  private static final List<String> SECRETS = List.of(AUTH_TOKEN, CLIENT_SECRET, "hostile-token-");
  private static final String TOKEN_PATH = "/tenants/t-1/oauth2/token";
  private static final String ASSETS = "/API/assets/v1/assets/";
  private static final String ASSET = "{\"id\": \"a-1\", \"title\": \"Interview\"}";
  private static final String CMS_LIST = "/cms/instances/file/media_asset";

  private HostileServer server;
  private HostileServer elsewhere;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    server = HostileServer.start();
    elsewhere = HostileServer.start().otherwise(Answer.json("{}"));
    server.on("POST", TOKEN_PATH, Responder.tokens("3600"))
        .on("GET", ASSETS + "a-1/", Answer.json(ASSET))
        .on("GET", ASSETS, Answer.json("{\"objects\": [" + ASSET + "], \"total\": 1}"))
        .on("GET", CMS_LIST, Answer.json("{\"_embedded\": {\"collection\": [{\"id\": \"c-1\", \"name\": \"a.mov\"}]},"
            + " \"_links\": {}}"));
  }

  @AfterEach
  void stop() {
    server.close();
    elsewhere.close();
  }

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    Map<String, String> env = Map.of(
        "ICONIK_BASE_URL", server.baseUrl().toString(), "ICONIK_APP_ID", APP_ID, "ICONIK_AUTH_TOKEN", AUTH_TOKEN,
        "OPENTEXT_BASE_URL", server.baseUrl().toString(), "OPENTEXT_TENANT_ID", "t-1",
        "OPENTEXT_CLIENT_ID", "client-1", "OPENTEXT_CLIENT_SECRET", CLIENT_SECRET);
    HttpOptions http = HttpOptions.builder().connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(1))
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO)
            .withTotalBudget(Duration.ofSeconds(2)))
        .sleeper(d -> {}).build();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = assertTimeoutPreemptively(Duration.ofSeconds(6), () -> Cli.run(new CliContext(new PrintWriter(out, true),
        new PrintWriter(err, true), env, false, dir, http), args));
    Run result = new Run(code, out.toString(), err.toString());
    assertThat(result.out() + result.err()).as("printed output").doesNotContain(AUTH_TOKEN, CLIENT_SECRET,
        "hostile-token-");
    return result;
  }

  private static List<RecordedRequest> leaks(HostileServer host) {
    return host.requests().stream().filter(r -> r.carriesAny(SECRETS) || r.carries(APP_ID)
        || r.header("Authorization").isPresent() || r.header("Auth-Token").isPresent()).toList();
  }

  private static final String[][] COMMANDS = {
      {"iconik", "asset", "get", "a-1"}, {"iconik", "assets", "list", "--all"},
      {"opentext", "cms", "list", "media_asset", "--all"}, {"opentext", "token"}};

  @Test
  void aWellBehavedServer_servesEveryCommand() {
    for (String[] command : COMMANDS) {
      assertThat(run(command).exitCode()).as(String.join(" ", command)).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307, 308})
  void redirectsElsewhere_areRemoteErrors_andLeakNothing(int status) {
    server.on("*", "/API/*", Answer.redirect(status, elsewhere.url("/landing")))
        .on("*", "/cms/*", Answer.redirect(status, elsewhere.url("/landing")));
    for (String[] command : new String[][] {COMMANDS[0], COMMANDS[1], COMMANDS[2]}) {
      Run r = run(command);
      assertThat(r.exitCode()).as(String.join(" ", command) + "\n" + r.err()).isEqualTo(ExitCodes.REMOTE);
      assertThat(r.err()).contains("not followed");
    }
    server.on("POST", TOKEN_PATH, Answer.redirect(status, elsewhere.url("/landing")));
    assertThat(run(COMMANDS[3]).exitCode()).isEqualTo(ExitCodes.REMOTE);
    assertThat(leaks(elsewhere)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP_1_0", "CONNECTION_CLOSE", "UNTIL_CLOSE"})
  void serversClosingAfterEachAnswer_serveEveryCommand(String closing) {
    Answer.Closing mode = Answer.Closing.valueOf(closing);
    server.on("POST", TOKEN_PATH, request -> Responder.tokens("3600").answer(request).closing(mode))
        .on("GET", ASSETS + "a-1/", Answer.json(ASSET).closing(mode))
        .on("GET", ASSETS, Answer.json("{\"objects\": [" + ASSET + "]}").closing(mode));
    for (String[] command : COMMANDS) {
      assertThat(run(command).exitCode()).as(String.join(" ", command)).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void aDrippingServer_isARemoteErrorWithinTheDeadline(int command) {
    server.on("*", "/*", Answer.json("{" + " ".repeat(198) + "}").dripped(Duration.ofMillis(100)));

    assertThat(run(COMMANDS[command]).exitCode()).as(String.join(" ", COMMANDS[command]))
        .isEqualTo(ExitCodes.REMOTE);
  }

  @Test
  void hugeAndWronglyShapedAnswers_areRemoteErrors() {
    server.on("GET", ASSETS + "a-1/", Answer.huge("{\"junk\": \"", "x", 64L << 20, "\"}"))
        .on("GET", ASSETS, Answer.json("{\"message\": \"upstream timeout\"}"))
        .on("GET", CMS_LIST, Answer.json("{\"message\": \"upstream timeout\"}"))
        .on("POST", TOKEN_PATH, Answer.json("null"));
    for (String[] command : COMMANDS) {
      assertThat(run(command).exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.REMOTE);
    }
  }

  @Test
  void aNextUrlLoop_isARemoteError() {
    server.on("GET", ASSETS, Answer.json("{\"objects\": [" + ASSET + "], \"next_url\": \"" + ASSETS + "b/\"}"))
        .on("GET", ASSETS + "b/", Answer.json("{\"objects\": [{\"id\": \"b\"}], \"next_url\": \"" + ASSETS
            + "?page=1\"}"));

    Run r = run(COMMANDS[1]);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.REMOTE);
    assertThat(r.err()).contains("already fetched");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "3", "9223372036854775807"})
  void oddTokenLifetimes_stillGiveAToken(String expiresIn) {
    server.on("POST", TOKEN_PATH, Responder.tokens(expiresIn));

    Run r = run(COMMANDS[3]);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("expires: ");
  }
}
