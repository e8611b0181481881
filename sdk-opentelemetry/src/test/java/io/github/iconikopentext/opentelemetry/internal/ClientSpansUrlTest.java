package io.github.iconikopentext.opentelemetry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class ClientSpansUrlTest {
  @Test
  void urlFull_keepsQueryNamesButNotTheirValues_norUserInfo() {
    HttpUrl url = HttpUrl.get("https://user:pw@files.example.com/dl/a.mov?X-Amz-Signature=abc123&page=2#frag");

    assertThat(ClientSpans.redacted(url))
        .isEqualTo("https://files.example.com/dl/a.mov?X-Amz-Signature=REDACTED&page=REDACTED");
  }
}
