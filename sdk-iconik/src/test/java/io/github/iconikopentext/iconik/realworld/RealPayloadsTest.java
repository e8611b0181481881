package io.github.iconikopentext.iconik.realworld;

import io.github.iconikopentext.iconik.IconikEnvironment;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.payloads.JsonLoss;
import io.github.iconikopentext.core.payloads.PayloadReport;
import io.github.iconikopentext.core.payloads.RealPayloads;
import io.github.iconikopentext.core.payloads.RealPayloads.Payload;
import io.github.iconikopentext.iconik.IconikClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every iconik payload of {@code shared/reference/realworld-payloads} (listed in its {@code manifest.tsv}) is served
 * by a loopback WireMock server to the client call that reads it, or handed to the webhook handler, and must decode
 * with nothing lost: every member the payload carries and the model declares comes back equal when the model is
 * re-encoded (see {@link JsonLoss}). Members the model does not declare are listed in
 * {@code target/real-payloads-iconik.md}; docs/iconik.md says which of them are reachable only through raw().
 */
class RealPayloadsTest {
  private static final WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private static final PayloadReport report = new PayloadReport();
  private static IconikClient client;

  @BeforeAll
  static void start() {
    wm.start();
    client = IconikClient.builder(Environment.builder("test").endpoint(IconikEnvironment.ENDPOINT, wm.baseUrl()).build(),
        StaticCredentialsProvider.of("a9999999-9999-4999-8999-999999999999", "real-payload-token")).build();
  }

  @AfterAll
  static void stop() {
    wm.stop();
    report.write("real-payloads-iconik.md");
  }

  @TestFactory
  List<DynamicTest> everyIconikPayloadDecodesWithNothingLost() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Payload payload : RealPayloads.of("iconik")) {
      tests.add(DynamicTest.dynamicTest(payload.name() + " (" + payload.kind() + ")", () -> check(payload)));
    }
    return tests;
  }

  private static void check(Payload payload) {
    wm.resetAll();
    IconikDecoding decoded = IconikDecoding.decode(payload, client, wm);
    List<String> lost = report.add(payload, decoded.typedAs(), decoded.comparisons());
    assertThat(lost).as(payload + " decoded as " + decoded.typedAs() + " loses declared members").isEmpty();
  }
}
