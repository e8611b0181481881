package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_ID;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.AUTH_TOKEN;
import static io.github.iconikopentext.testkit.hostile.Fixture.CLIENT_SECRET;
import static io.github.iconikopentext.testkit.hostile.Fixture.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.opentext.auth.TokenRequestEncoding;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14 item 4: error bodies that echo the request's secrets, and error bodies built to make redaction slow. The
 * exception never holds a secret, and masking a 64 KiB body takes linear time.
 */
class EchoedSecretsTest {
  private HostileServer server;

  @BeforeEach
  void start() {
    server = Fixture.behaving(HostileServer.start());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Everything a caller could print of {@code thrown}: message, toString, stack trace with causes. */
  private static String printed(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    String details = thrown instanceof ApiException api ? api.details().toString() : "";
    return thrown + "\n" + out + "\n" + details;
  }

  @Test
  void anIconikErrorEchoingTheAuthToken_doesNotCarryItIntoTheException() {
    server.on("GET", ASSET_PATH, Answer.json(401, "{\"errors\": [\"token " + AUTH_TOKEN + " is not valid\"],"
        + " \"token\": \"" + AUTH_TOKEN + "\", \"hint\": \"access_token=Bearer " + AUTH_TOKEN + "\"}"));

    Throwable thrown = catchThrowable(() -> Fixture.iconik(server).assets().get(ASSET_ID));

    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(printed(thrown)).contains("is not valid").doesNotContain(AUTH_TOKEN, "S3CRET");
  }

  @Test
  void anErrorEchoingABearerTokenAfterAKey_masksTheToken() {
    server.on("GET", ASSET_PATH, Answer.text(400, "text/plain",
        "rejected: access_token=Bearer eyJhbGciOi.abc.def&x=1"));

    Throwable thrown = catchThrowable(() -> Fixture.iconik(server).assets().get(ASSET_ID));

    assertThat(printed(thrown)).doesNotContain("eyJhbGciOi");
  }

  @ParameterizedTest
  @EnumSource(TokenRequestEncoding.class)
  void aTokenEndpointEchoingTheClientSecret_doesNotCarryItIntoTheException(TokenRequestEncoding encoding) {
    server.on("POST", TOKEN_PATH, Answer.json(400, "{\"error\": \"invalid_client\", \"error_description\":"
        + " \"client " + Fixture.CLIENT_ID + " with secret " + CLIENT_SECRET + " is unknown\"}"));

    Throwable thrown = catchThrowable(() -> Fixture.openText(server, encoding, Fixture.options()).cms()
        .get(InstanceRef.file(Fixture.CMS_TYPE, Fixture.CMS_ID)));

    assertThat(thrown).isInstanceOf(SdkException.class);
    assertThat(printed(thrown)).contains("is unknown").doesNotContain(CLIENT_SECRET, "S3CRET");
  }

  @Test
  void a64KiBErrorBodyOfOneLongWord_isMaskedInLinearTime() {
    String word = "a".repeat(64 * 1024 - 40);
    server.on("GET", ASSET_PATH, Answer.text(500, "text/plain", word + " client_secret=" + CLIENT_SECRET));

    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowable(() -> Fixture.iconik(server, Fixture.options().toBuilder()
            .retryPolicy(Fixture.options().retryPolicy().withMaxAttempts(1)).build()).assets().get(ASSET_ID)));

    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(((ApiException) thrown).statusCode()).isEqualTo(500);
    assertThat(printed(thrown)).doesNotContain(CLIENT_SECRET);
  }
}
