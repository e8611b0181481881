package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.ASSETS_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_ID;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_JSON;
import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.CMS_JSON;
import static io.github.iconikopentext.testkit.hostile.Fixture.CMS_LIST_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.CSS_UPLOAD_PATH;
import static io.github.iconikopentext.testkit.hostile.Fixture.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2: servers that close connections the client would reuse — after every answer (HTTP/1.0, or
 * {@code Connection: close}), or once idle for a moment without saying so. Every call succeeds, and no POST that
 * reached the server is ever sent to it twice.
 */
class ConnectionReuseTest {
  private static final int CALLS = 4;
  private HostileServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  /** Every answer of the fixture's routes, closed the way {@code closing} says. */
  private HostileServer closingAfterEachAnswer(Answer.Closing closing) {
    server = HostileServer.start();
    server.on("POST", TOKEN_PATH, request -> Responder.tokens("3600").answer(request).closing(closing))
        .on("GET", ASSET_PATH, Answer.json(ASSET_JSON).closing(closing))
        .on("POST", ASSETS_PATH, Answer.json(201, ASSET_JSON).closing(closing))
        .on("GET", Fixture.CMS_PATH, Answer.json(CMS_JSON).closing(closing))
        .on("POST", CMS_LIST_PATH, Answer.json(201, CMS_JSON).closing(closing))
        .on("POST", CSS_UPLOAD_PATH, Answer.json(201, "{\"id\": \"f-1\", \"size\": 7}").closing(closing));
    return server;
  }

  @ParameterizedTest
  @EnumSource(value = Answer.Closing.class, names = {"HTTP_1_0", "CONNECTION_CLOSE"})
  void aServerClosingAfterEachAnswer_servesEveryCall_andEveryPostOnce(Answer.Closing closing) {
    closingAfterEachAnswer(closing);
    IconikClient iconik = Fixture.iconik(server);
    OpenTextClient openText = Fixture.openText(server);

    for (int i = 0; i < CALLS; i++) {
      assertThat(iconik.assets().get(ASSET_ID).id()).isEqualTo(ASSET_ID);
      assertThat(iconik.assets().create(AssetRequest.titled("t" + i)).id()).isEqualTo(ASSET_ID);
      assertThat(openText.cms().get(InstanceRef.file(Fixture.CMS_TYPE, Fixture.CMS_ID)).id())
          .isEqualTo(Fixture.CMS_ID);
      assertThat(openText.cms().create(Category.FILE, Fixture.CMS_TYPE, InstanceRequest.builder("n" + i).build())
          .id()).isEqualTo(Fixture.CMS_ID);
      assertThat(openText.storage().upload(new ByteArrayInputStream("content".getBytes(StandardCharsets.UTF_8)),
          "a.txt", "text/plain").bytesSent()).isEqualTo(7);
    }

    assertThat(server.requests("POST", ASSETS_PATH)).hasSize(CALLS);
    assertThat(server.requests("POST", CMS_LIST_PATH)).hasSize(CALLS);
    assertThat(server.requests("POST", CSS_UPLOAD_PATH)).hasSize(CALLS);
    assertThat(server.requests("POST", TOKEN_PATH)).hasSize(1);
    assertThat(server.requests()).as("no request on a connection the server had closed")
        .noneMatch(RecordedRequest::onReusedConnection);
  }

  @Test
  void aServerClosingIdleConnectionsSilently_servesEveryCall_andEveryPostOnce() throws Exception {
    server = HostileServer.builder().idleTimeout(Duration.ofMillis(100)).start();
    Fixture.behaving(server);
    IconikClient iconik = Fixture.iconik(server);
    OpenTextClient openText = Fixture.openText(server);

    for (int i = 0; i < CALLS; i++) {
      assertThat(iconik.assets().create(AssetRequest.titled("t" + i)).id()).isEqualTo(ASSET_ID);
      assertThat(openText.cms().create(Category.FILE, Fixture.CMS_TYPE, InstanceRequest.builder("n").build()).id())
          .isEqualTo(Fixture.CMS_ID);
      Thread.sleep(300); // the server drops the idle connections meanwhile
      assertThat(iconik.assets().get(ASSET_ID).id()).isEqualTo(ASSET_ID);
      Thread.sleep(300);
    }

    assertThat(server.requests("POST", ASSETS_PATH)).hasSize(CALLS);
    assertThat(server.requests("POST", CMS_LIST_PATH)).hasSize(CALLS);
    assertThat(server.requests("GET", ASSET_PATH)).hasSize(CALLS);
  }

  @Test
  void aPostThatReachedTheServerButGotNoAnswer_isNotSentAgain() {
    server = HostileServer.start();
    Fixture.behaving(server).on("POST", ASSETS_PATH, Answer.silence());
    IconikClient iconik = Fixture.iconik(server);
    iconik.assets().get(ASSET_ID); // the next call goes out on a pooled connection

    assertThatThrownBy(() -> iconik.assets().create(AssetRequest.titled("once"))).isInstanceOf(NetworkException.class);
    assertThat(server.requests("POST", ASSETS_PATH)).hasSize(1);
  }

  @Test
  void aGetThatGotNoAnswerOnAPooledConnection_isSentAgainAtOnce() {
    server = HostileServer.start();
    Fixture.behaving(server).on("GET", ASSET_PATH, Responder.sequence(Answer.json(ASSET_JSON), Answer.silence(),
        Answer.json(ASSET_JSON)));
    IconikClient iconik = Fixture.iconik(server);
    iconik.assets().get(ASSET_ID);

    assertThat(iconik.assets().get(ASSET_ID).id()).isEqualTo(ASSET_ID);
    List<RecordedRequest> gets = server.requests("GET", ASSET_PATH);
    assertThat(gets).hasSize(3);
  }
}
