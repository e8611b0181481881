package io.github.iconikopentext.opentext.realworld;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.payloads.JsonLoss;
import io.github.iconikopentext.core.payloads.JsonTrees;
import io.github.iconikopentext.core.payloads.PayloadReport;
import io.github.iconikopentext.core.payloads.PayloadReport.Comparison;
import io.github.iconikopentext.core.payloads.RealPayloads;
import io.github.iconikopentext.core.payloads.RealPayloads.Payload;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.TestSupport;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.internal.auth.TokenResponse;
import io.github.iconikopentext.opentext.internal.json.HalPage;
import io.github.iconikopentext.opentext.internal.json.OpenTextJson;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every OpenText payload of {@code shared/reference/realworld-payloads} (listed in its {@code manifest.tsv}) is served
 * by a loopback WireMock server to the client call that reads it and must decode with nothing lost: every member the
 * payload carries and the model declares comes back equal when the model is re-encoded (see {@link JsonLoss}).
 * Members the model does not declare are listed in {@code target/real-payloads-opentext.md}.
 */
class RealPayloadsTest {
  private static final WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private static final String TOKEN_PATH = "/tenants/" + TestSupport.TENANT + "/oauth2/token";
  private static final Moshi ENCODER = OpenTextJson.moshi();
  private static final PayloadReport report = new PayloadReport();

  @BeforeAll
  static void start() {
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
    report.write("real-payloads-opentext.md");
  }

  @TestFactory
  List<DynamicTest> everyOpenTextPayloadDecodesWithNothingLost() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Payload payload : RealPayloads.of("opentext")) {
      tests.add(DynamicTest.dynamicTest(payload.name() + " (" + payload.kind() + ")", () -> check(payload)));
    }
    return tests;
  }

  private static OpenTextClient client() {
    return OpenTextClient.builder(TestSupport.environment(wm.baseUrl())).clientCredentials(TestSupport.client())
        .build();
  }

  @SuppressWarnings("unchecked")
  private static void check(Payload payload) throws Exception {
    wm.resetAll();
    String text = payload.text();
    Map<String, Object> tree = (Map<String, Object>) payload.tree();
    List<Comparison> comparisons = new ArrayList<>();
    String typedAs;
    switch (payload.kind()) {
      case "ot-token" -> {
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(text)));
        Instant before = Instant.now();
        Credential token = client().tokens().resolveCredential();
        assertThat(token.secret().reveal()).isEqualTo(tree.get("access_token"));
        if (tree.get("expires_in") instanceof Number seconds) {
          assertThat(token.expiresAt()).isBetween(before.plusSeconds(seconds.longValue()),
              Instant.now().plusSeconds(seconds.longValue()));
        }
        TokenResponse response = ENCODER.adapter(TokenResponse.class).fromJson(text);
        comparisons.add(new Comparison("", tree, encode(response, TokenResponse.class)));
        typedAs = "Credential · tokens().resolveCredential() (TokenResponse)";
      }
      case "ot-cms-list" -> {
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(TestSupport.tokenJson("t", 3600))));
        wm.stubFor(get(urlPathEqualTo("/cms/instances/file/cms_file")).willReturn(okJson(text)));
        List<CmsInstance> items = client().cms().list(Category.FILE, "cms_file", InstanceQuery.all()).stream()
            .toList();
        List<Object> expected = (List<Object>) ((Map<String, Object>) tree.get("_embedded")).get("collection");
        assertThat(items).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
          comparisons.add(new Comparison("item[" + i + "]", expected.get(i),
              encode(items.get(i), CmsInstance.class)));
        }
        Type page = Types.newParameterizedType(HalPage.class, CmsInstance.class);
        HalPage<CmsInstance> halPage = ENCODER.<HalPage<CmsInstance>>adapter(page).fromJson(text);
        comparisons.add(new Comparison("page", tree, encode(halPage, page)));
        typedAs = "CmsInstance · cms().list (HalPage)";
      }
      default -> throw new AssertionError("payload kind '" + payload.kind() + "' of " + payload.file()
          + " is not wired to a client call: add it to " + RealPayloadsTest.class.getSimpleName());
    }
    List<String> lost = report.add(payload, typedAs, comparisons);
    assertThat(lost).as(payload + " decoded as " + typedAs + " loses declared members").isEmpty();
  }

  private static Object encode(Object model, Type type) {
    return JsonTrees.parse(ENCODER.adapter(type).serializeNulls().toJson(model));
  }
}
