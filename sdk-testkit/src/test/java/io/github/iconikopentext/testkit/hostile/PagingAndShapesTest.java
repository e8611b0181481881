package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.ASSETS_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.CMS_LIST_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.CMS_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 items 6 and 7: servers that page for ever (a {@code next_url} cycle, a CMS or Admin server ignoring the
 * page parameter) and answers of the wrong shape (a list without {@code objects} or {@code _embedded}, JSON
 * {@code null} for an instance). Each ends in an {@link InvalidResponseException} instead of an endless loop or a
 * silent empty result.
 */
// A server that pages for ever must not hang the build when the SDK fails to notice.
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PagingAndShapesTest {
  private static final String GATEWAY_ANSWER = "{\"message\": \"upstream request timeout\"}";
  private HostileServer server;

  @BeforeEach
  void start() {
    server = Fixture.behaving(HostileServer.start());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String asset(String id) {
    return "{\"id\": \"" + id + "\", \"title\": \"" + id + "\"}";
  }

  @Test
  void aNextUrlCycle_endsTheListing() {
    server.on("GET", ASSETS_PATH, Answer.json("{\"objects\": [" + asset("a") + "], \"next_url\":"
            + " \"/API/assets/v1/assets/b/\"}"))
        .on("GET", "/API/assets/v1/assets/b/", Answer.json("{\"objects\": [" + asset("b") + "], \"next_url\":"
            + " \"/API/assets/v1/assets/?page=1\"}"));

    assertThatThrownBy(() -> Fixture.iconik(server).assets().list().stream().toList())
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("already fetched");
    assertThat(server.requests().size()).isLessThan(6);
  }

  @Test
  void aNextUrlServerRepeatingItsPage_endsTheListing() {
    server.on("GET", ASSETS_PATH, request -> Answer.json("{\"objects\": [" + asset("a") + "], \"next_url\":"
        + " \"/API/assets/v1/assets/?page=" + (server.requests().size() + 1) + "\"}"));

    assertThatThrownBy(() -> Fixture.iconik(server).assets().list().stream().toList())
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("same");
    assertThat(server.requests("GET", ASSETS_PATH)).hasSize(2);
  }

  @Test
  void aCmsServerIgnoringThePage_endsTheListing() {
    String fullPage = IntStream.rangeClosed(1, InstanceQuery.DEFAULT_PAGE_SIZE)
        .mapToObj(i -> "{\"id\": \"c" + i + "\", \"name\": \"n\", \"type\": \"cms_file\", \"category\": \"file\"}")
        .collect(Collectors.joining(", ", "{\"_embedded\": {\"collection\": [", "]}, \"_links\": {}}"));
    server.on("GET", CMS_LIST_PATH, Answer.json(fullPage));

    assertThatThrownBy(() -> Fixture.openText(server).cms().list(Category.FILE, "cms_file", InstanceQuery.all())
        .stream().toList()).isInstanceOf(InvalidResponseException.class).hasMessageContaining("same");
    assertThat(server.requests("GET", CMS_LIST_PATH)).hasSize(2);
  }

  @Test
  void anAdminServerIgnoringThePage_endsTheListing() {
    String fullPage = IntStream.rangeClosed(1, 100).mapToObj(i -> "{\"id\": \"t" + i + "\"}")
        .collect(Collectors.joining(", ", "{\"_embedded\": {\"tenants\": [", "]}, \"_links\": {}}"));
    server.on("GET", "/admin/api/v1/organizations/org-1/tenants", Answer.json(fullPage));

    assertThatThrownBy(() -> Fixture.openText(server).admin().tenants("org-1").stream().toList())
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("same");
    assertThat(server.requests("GET", "/admin/api/v1/organizations/org-1/tenants")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {ASSETS_PATH, "/API/notifications/v1/webhooks/", "/API/metadata/v1/views/"})
  void anIconikListAnswerWithoutObjects_isInvalid_notEmpty(String path) {
    server.on("GET", path, Answer.json(GATEWAY_ANSWER));

    assertThatThrownBy(() -> {
      switch (path) {
        case ASSETS_PATH -> Fixture.iconik(server).assets().list().stream().toList();
        case "/API/notifications/v1/webhooks/" -> Fixture.iconik(server).webhooks().list();
        default -> Fixture.iconik(server).metadata().views();
      }
    }).isInstanceOf(InvalidResponseException.class).hasMessageContaining("objects");
  }

  @Test
  void aNextPageWithoutObjects_isInvalid() {
    server.on("GET", ASSETS_PATH, Answer.json("{\"objects\": [" + asset("a") + "], \"next_url\":"
            + " \"/API/assets/v1/assets/b/\"}"))
        .on("GET", "/API/assets/v1/assets/b/", Answer.json(GATEWAY_ANSWER));

    assertThatThrownBy(() -> Fixture.iconik(server).assets().list().stream().toList())
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void aHalListAnswerWithoutEmbeddedOrLinks_isInvalid_notEmpty() {
    server.on("GET", CMS_LIST_PATH, Answer.json(GATEWAY_ANSWER))
        .on("GET", "/admin/api/v1/organizations/org-1/tenants", Answer.json(GATEWAY_ANSWER));

    assertThatThrownBy(() -> Fixture.openText(server).cms().list(Category.FILE, "cms_file", InstanceQuery.all())
        .stream().toList()).isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> Fixture.openText(server).admin().tenants("org-1").stream().toList())
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void anEmptyHalListWithLinksOnly_isEmpty() {
    server.on("GET", CMS_LIST_PATH, Answer.json("{\"_links\": {\"self\": {\"href\": \"x\"}}}"));

    assertThat(Fixture.openText(server).cms().list(Category.FILE, "cms_file", InstanceQuery.all())).isEmpty();
  }

  @Test
  void aCmsInstanceThatIsJsonNull_isInvalid() {
    server.on("GET", CMS_PATH, Answer.json("null")).on("POST", CMS_LIST_PATH, Answer.json(201, "null"));

    assertThatThrownBy(() -> Fixture.openText(server).cms().get(InstanceRef.file(Fixture.CMS_TYPE, Fixture.CMS_ID)))
        .isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> Fixture.openText(server).cms().create(Category.FILE, Fixture.CMS_TYPE,
        InstanceRequest.builder("a.mov").build())).isInstanceOf(InvalidResponseException.class);
  }
}
