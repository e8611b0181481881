package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.github.iconikopentext.opentext.auth.TokenRequestEncoding;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 item 3: token endpoints issuing tokens with odd {@code expires_in}. A short lifetime is refreshed at half
 * its life, not before every call; zero, negative or absurd values never make every call fetch a token, and never
 * surface as a raw {@link ArithmeticException}.
 */
class TokenLifetimeTest {
  private static final int CALLS = 10;
  private HostileServer server;

  @BeforeEach
  void start() {
    server = Fixture.behaving(HostileServer.start());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OpenTextClient client() {
    return Fixture.openText(server, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, Fixture.options());
  }

  @ParameterizedTest(name = "expires_in {0}")
  @ValueSource(strings = {"0", "-5", "3", "30", "59", "9223372036854775807", "86400000"})
  void anOddLifetime_costsOneTokenRequestForManyCalls(String expiresIn) {
    server.on("POST", TOKEN_PATH, Responder.tokens(expiresIn));
    OpenTextClient openText = client();

    for (int i = 0; i < CALLS; i++) {
      openText.cms().get(InstanceRef.file(Fixture.CMS_TYPE, Fixture.CMS_ID));
    }

    assertThat(server.requests("POST", TOKEN_PATH)).hasSize(1);
  }

  @ParameterizedTest(name = "expires_in {0}")
  @ValueSource(strings = {"9223372036854775808", "1e30", "\"soon\"", "[]"})
  void anUnreadableLifetime_isATypedError(String expiresIn) {
    server.on("POST", TOKEN_PATH, Responder.tokens(expiresIn));

    Throwable thrown = catchThrowable(() -> client().cms().get(InstanceRef.file(Fixture.CMS_TYPE, Fixture.CMS_ID)));

    assertThat(thrown).isInstanceOf(SdkException.class);
  }

  @Test
  void anOddLifetime_isWarnedAboutOncePerTokenSource() {
    server.on("POST", TOKEN_PATH, Responder.tokens("-1"));
    var tokens = OpenTextTokenManager.builder().httpOptions(Fixture.options()).build()
        .tokens(Fixture.openTextEnvironment(server), Fixture.auth(TokenRequestEncoding.FORM_WITH_BASIC_AUTH));

    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      tokens.resolveCredential();
      tokens.invalidate();
      tokens.resolveCredential();
    } finally {
      System.setErr(original);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(server.requests("POST", TOKEN_PATH)).hasSize(2);
    assertThat(log.split("expires_in -1", -1)).as(log).hasSize(2);
    assertThat(log).doesNotContain("hostile-token-");
  }
}
