package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.ASSETS_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_JSON;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.CMS_LIST_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.CSS_DOWNLOAD_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.error.ServerException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.TokenRequestEncoding;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 6, in a JVM whose heap (64 MiB, see the pom's {@code small-heap} execution) is smaller than what the
 * servers send: pages are streamed through the JSON reader, bodies over the maximum response size fail as soon as
 * the limit is passed, error bodies are cut, and a streamed CSS download of 256 MiB passes through.
 */
@Tag("small-heap")
class SmallHeapTest {
  private static final long MIB = 1024 * 1024;
  private HostileServer server;

  @TempDir
  Path dir;

  @BeforeAll
  static void heapIsSmall() {
    assertThat(Runtime.getRuntime().maxMemory()).as("max heap").isLessThan(100 * MIB);
  }

  @BeforeEach
  void start() {
    server = Fixture.behaving(HostileServer.start());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private IconikClient iconik() {
    return Fixture.iconik(server, Fixture.patientOptions());
  }

  private OpenTextClient openText() {
    return Fixture.openText(server, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, Fixture.patientOptions());
  }

  /** A valid iconik list page whose last member is {@code bytes} of junk (small tokens) the SDK must skip. */
  static Answer pageWithJunk(long bytes) {
    return Answer.huge("{\"objects\": [{\"id\": \"p2\", \"title\": \"Page 2\"}], \"junk\": [", "0,", bytes / 2,
        "0]}");
  }

  @Test
  void aNextPageAsLargeAsTheHeap_isStreamedThroughTheJsonReader() {
    server.on("GET", ASSETS_PATH, Answer.json("{\"objects\": [" + ASSET_JSON + "], \"next_url\":"
            + " \"/API/assets/v1/assets/page-2/\"}"))
        .on("GET", "/API/assets/v1/assets/page-2/", pageWithJunk(30 * MIB));

    assertThat(iconik().assets().list().stream().toList()).hasSize(2);
  }

  @Test
  void aHugePage_failsAtTheSizeLimit_whetherItsLengthIsDeclaredOrNot() {
    server.on("GET", ASSETS_PATH, pageWithJunk(512 * MIB).untilClose());
    // Raw calls build a JSON tree: one long string, so that the limit, not the tree, is what stops them.
    server.on("GET", "/API/assets/v1/assets/declared/", Answer.huge("{\"junk\": \"", "x", 512 * MIB, "\"}"));
    server.on("GET", "/API/assets/v1/assets/undeclared/", Answer.huge("{\"junk\": \"", "x", 512 * MIB, "\"}")
        .untilClose());

    assertThatThrownBy(() -> iconik().assets().list().stream().toList())
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("maximum response size");
    assertThatThrownBy(() -> iconik().raw().json("GET", "API/assets/v1/assets/declared/", null))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("maximum response size");
    assertThatThrownBy(() -> iconik().raw().json("GET", "API/assets/v1/assets/undeclared/", null))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("maximum response size");
  }

  @Test
  void hugeOpenTextAnswers_failAtTheSizeLimit() {
    server.on("GET", CMS_LIST_PATH, Answer.huge("{\"_links\": {}, \"junk\": \"", "x", 512 * MIB, "\"}")
        .untilClose());

    assertThatThrownBy(() -> openText().cms().list(Category.FILE, "cms_file", InstanceQuery.all())
        .stream().toList()).isInstanceOf(InvalidResponseException.class);

    server.on("POST", TOKEN_PATH, Answer.huge("{\"access_token\": \"", "x", 512 * MIB, "\"}").untilClose());
    assertThatThrownBy(() -> openText().cms().list(Category.FILE, "cms_file", InstanceQuery.all())
        .stream().toList()).isInstanceOf(SdkException.class);
  }

  @Test
  void aHugeErrorBody_isCut_andTheStatusSurvives() {
    server.on("GET", ASSET_PATH, Answer.huge("{\"errors\": [\"", "x", 512 * MIB, "\"]}").withStatus(500)
        .untilClose());

    assertThatThrownBy(() -> iconik().assets().get(Fixture.ASSET_ID))
        .isInstanceOf(ServerException.class);
  }

  @Test
  void aStreamedDownloadLargerThanTheHeap_passesThrough() throws Exception {
    server.on("GET", CSS_DOWNLOAD_PATH, Answer.huge("", "b", 256 * MIB, ""));
    Path target = dir.resolve("download.bin");

    assertThat(openText().storage().downloadTo("f-1", target).bytesReceived()).isEqualTo(256 * MIB);
    assertThat(Files.size(target)).isEqualTo(256 * MIB);
  }
}
