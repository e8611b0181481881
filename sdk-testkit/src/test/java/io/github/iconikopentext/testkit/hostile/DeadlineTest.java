package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.ASSETS_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_JSON;
import static io.github.iconikopentext.testkit.hostile.Fixture.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.iconikopentext.core.error.SdkException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 item 5: a server that drips its answer a byte at a time, each byte well inside the read timeout (1 s), so
 * that the answer would take 20 s. Every call ends in a typed exception near its deadline (2 s; streamed CSS bodies:
 * once they wait 1 s for fewer than 64 KiB), never after the whole drip. The cases run side by side: each mostly
 * waits.
 */
@Execution(ExecutionMode.CONCURRENT)
class DeadlineTest {
  /** 200 bytes of valid JSON, one every 100 ms. */
  private static final Answer DRIP = Answer.json("{" + " ".repeat(198) + "}").dripped(Duration.ofMillis(100));
  private static final Duration LATEST_END = Fixture.DEADLINE.plusMillis(2500);

  private HostileServer server;

  @BeforeEach
  void start() {
    server = HostileServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<String> everyClient() {
    return Operations.ALL.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyClient")
  void aDrippingServer_endsTheCallInATypedExceptionNearItsDeadline(String operation) {
    server.on("*", "/*", DRIP);
    if (!operation.startsWith("token")) {
      Fixture.issuingTokens(server);
    }

    long started = System.nanoTime();
    Throwable thrown = assertTimeoutPreemptively(LATEST_END.plusSeconds(2),
        () -> catchThrowable(() -> Operations.ALL.get(operation).run(server, Fixture.options())));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(thrown).isInstanceOf(SdkException.class);
    assertThat(took).isLessThan(LATEST_END);
  }

  @Test
  void aDrippingNextPage_endsTheListingNearItsDeadline() {
    Fixture.behaving(server)
        .on("GET", ASSETS_PATH, Answer.json("{\"objects\": [" + ASSET_JSON + "], \"next_url\":"
            + " \"/API/assets/v1/assets/page-2/\"}"))
        .on("GET", "/API/assets/v1/assets/page-2/", DRIP);

    long started = System.nanoTime();
    Throwable thrown = assertTimeoutPreemptively(LATEST_END.plusSeconds(2),
        () -> catchThrowable(() -> Fixture.iconik(server).assets().list().stream().toList()));

    assertThat(thrown).isInstanceOf(SdkException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LATEST_END);
    assertThat(server.requests("POST", TOKEN_PATH)).isEmpty();
  }
}
