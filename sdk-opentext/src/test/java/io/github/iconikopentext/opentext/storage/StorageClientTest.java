package io.github.iconikopentext.opentext.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.TestSupport;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class StorageClientTest {
  private static final String UPLOAD = "/css/v3/files/fromStream";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @TempDir
  Path dir;

  private StorageService storage;
  private final byte[] content = new byte[300_000];

  @BeforeEach
  void setUp() {
    new Random(7).nextBytes(content);
    server.stubFor(post("/tenants/" + TENANT + "/oauth2/token").willReturn(okJson(tokenJson("tok", 3600))));
    storage = OpenTextClient.builder(TestSupport.environment(server.baseUrl()))
        .clientCredentials(TestSupport.client())
        .httpOptions(TestSupport.options(Clock.systemUTC(), new TestSupport.RecordingSleeper()))
        .build()
        .storage();
  }

  @Test
  void uploadFromPath_sendsTheRawBytesWithContentTypeAndName_andMeasuresSizeAndSha256() throws Exception {
    Path file = Files.write(dir.resolve("clip.mp4"), content);
    server.stubFor(post(UPLOAD).willReturn(okJson(
        "{\"id\":\"css-1\",\"mimeType\":\"video/mp4\",\"size\":300000,\"originalFileName\":\"clip.mp4\"}")));

    UploadResult result = storage.upload(file, "video/mp4");

    assertThat(result.file().id()).isEqualTo("css-1");
    assertThat(result.bytesSent()).isEqualTo(content.length);
    assertThat(result.sha256()).isEqualTo(sha256(content));
    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD))
        .withHeader("Content-Type", equalTo("video/mp4"))
        .withHeader("Content-Length", equalTo("300000"))
        .withHeader("Content-Disposition", equalTo("attachment; filename=\"clip.mp4\""))
        .withRequestBody(binaryEqualTo(content)));
  }

  @Test
  void uploadFromStream_isSentChunked() throws Exception {
    server.stubFor(post(UPLOAD).willReturn(okJson("{\"id\":\"css-2\",\"size\":300000}")));

    UploadResult result = storage.upload(new ByteArrayInputStream(content), "a.bin", "application/octet-stream");

    assertThat(result.sha256()).isEqualTo(sha256(content));
    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD)).withHeader("Transfer-Encoding", equalTo("chunked"))
        .withRequestBody(binaryEqualTo(content)));
  }

  @Test
  void uploadSourceWithLengthAndTheCallersDigest_sendsContentLength_andDoesNotHashAgain() {
    server.stubFor(post(UPLOAD).willReturn(okJson("{\"id\":\"css-5\",\"size\":300000}")));
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    UploadResult result = storage.upload(UploadSource.builder(new ByteArrayInputStream(content), "video/mp4")
        .fileName("clip.mp4").length(content.length)
        .sha256(() -> calls.incrementAndGet() == 1 ? "the-callers-digest" : "called twice").build());

    assertThat(result.sha256()).as("the caller's value, not a digest computed again").isEqualTo("the-callers-digest");
    assertThat(result.bytesSent()).isEqualTo(content.length);
    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD))
        .withHeader("Content-Length", equalTo("300000"))
        .withoutHeader("Transfer-Encoding")
        .withRequestBody(binaryEqualTo(content)));
  }

  @Test
  void uploadSourceYieldingFewerBytesThanItsLength_failsWithATypedError() {
    server.stubFor(post(UPLOAD).willReturn(okJson("{\"id\":\"css-6\",\"size\":300000}")));

    assertThatThrownBy(() -> storage.upload(UploadSource.builder(new ByteArrayInputStream(content), "video/mp4")
        .length(content.length + 1L).build()))
        .isInstanceOf(io.github.iconikopentext.core.error.SdkException.class)
        .hasMessageContaining("300000 bytes but its length was given as 300001");
  }

  @Test
  void aStoredSizeThatDiffersFromTheBytesSent_isAnInvalidResponse() {
    server.stubFor(post(UPLOAD).willReturn(okJson("{\"id\":\"css-3\",\"size\":12}")));

    assertThatThrownBy(() -> storage.upload(new ByteArrayInputStream(content), "a.bin", "application/octet-stream"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("CSS stored 12 bytes as file css-3 but 300000 bytes were sent");
  }

  @Test
  void download_streamsTheBytes_anddownloadToMeasuresThem() throws Exception {
    server.stubFor(get("/css/v3/files/css-1/stream").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "video/mp4").withBody(content)));

    try (ContentDownload download = storage.download("css-1")) {
      assertThat(download.contentType()).contains("video/mp4");
      assertThat(download.stream().readAllBytes()).isEqualTo(content);
    }
    Path target = dir.resolve("copy.bin");
    DownloadResult result = storage.downloadTo("css-1", target);
    assertThat(result.bytesReceived()).isEqualTo(content.length);
    assertThat(result.sha256()).isEqualTo(sha256(content));
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
