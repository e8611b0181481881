package io.github.iconikopentext.opentext.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.TestSupport;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** File names of CSS uploads travel per RFC 6266/5987, whatever their alphabet or control characters. */
class UploadFileNameTest {
  private static final String UPLOAD = "/css/v3/files/fromStream";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private StorageService storage;
  private final byte[] content = new byte[300_000];

  @BeforeEach
  void setUp() {
    server.stubFor(post("/tenants/" + TENANT + "/oauth2/token").willReturn(okJson(tokenJson("tok", 3600))));
    storage = OpenTextClient.builder(TestSupport.environment(server.baseUrl()))
        .clientCredentials(TestSupport.client())
        .httpOptions(TestSupport.options(Clock.systemUTC(), new TestSupport.RecordingSleeper()))
        .build()
        .storage();
  }

  @Test
  void nonAsciiAndControlCharactersInFileNames_travelRfc5987Encoded_withAnAsciiFallback() {
    server.stubFor(post(UPLOAD).willReturn(okJson("{\"id\":\"css-4\",\"size\":300000}")));

    storage.upload(new ByteArrayInputStream(content), "Café.mov", "video/quicktime");
    storage.upload(new ByteArrayInputStream(content), "東京.mp4", "video/mp4");
    storage.upload(new ByteArrayInputStream(content), "cut\r\nX-Injected: 1.mov", "video/quicktime");
    storage.upload(new ByteArrayInputStream(content), "50% \"final\".mov", "video/quicktime");

    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD)).withHeader("Content-Disposition",
        equalTo("attachment; filename=\"Cafe.mov\"; filename*=UTF-8''Caf%C3%A9.mov")));
    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD)).withHeader("Content-Disposition",
        equalTo("attachment; filename=\"__.mp4\"; filename*=UTF-8''%E6%9D%B1%E4%BA%AC.mp4")));
    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD)).withHeader("Content-Disposition",
        equalTo("attachment; filename=\"cut__X-Injected: 1.mov\"; filename*=UTF-8''cut%0D%0AX-Injected%3A%201.mov")));
    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD)).withHeader("Content-Disposition",
        equalTo("attachment; filename=\"50_ _final_.mov\"; filename*=UTF-8''50%25%20%22final%22.mov")));
    server.verify(0, postRequestedFor(urlPathEqualTo(UPLOAD)).withHeader("X-Injected", matching(".*")));
  }

  @Test
  void plainAsciiNamesKeepTheSimpleForm() {
    server.stubFor(post(UPLOAD).willReturn(okJson("{\"id\":\"css-5\",\"size\":300000}")));

    storage.upload(new ByteArrayInputStream(content), "clip 01.mp4", "video/mp4");

    server.verify(postRequestedFor(urlPathEqualTo(UPLOAD))
        .withHeader("Content-Disposition", equalTo("attachment; filename=\"clip 01.mp4\"")));
  }
}
