package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.error.RateLimitException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void callsBeyondTheBurst_waitForAPermitInsteadOfFailing() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(okJson("{\"id\":\"1\"}")));
    RecordingSleeper sleeper = new RecordingSleeper();
    HttpOptions options = HttpOptions.builder()
        .rateLimit(RateLimit.perSecond(1).withBurst(2).withMaxWait(Duration.ofMinutes(1)))
        .sleeper(sleeper)
        .build();
    TestApi api = HttpStack.builder("limited", URI.create(server.baseUrl())).options(options).build()
        .create(TestApi.class);

    api.get("1");
    api.get("1");
    assertThat(sleeper.waits).as("the burst passes without waiting").isEmpty();
    api.get("1");
    assertThat(sleeper.waits).hasSize(1);
    assertThat(sleeper.waits.get(0)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void noPermitWithinMaxWait_failsWithRateLimitException() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(okJson("{\"id\":\"1\"}")));
    HttpOptions options = HttpOptions.builder()
        .rateLimit(RateLimit.perSecond(0.01).withBurst(1).withMaxWait(Duration.ZERO))
        .sleeper(new RecordingSleeper())
        .build();
    TestApi api = HttpStack.builder("strict", URI.create(server.baseUrl())).options(options).build()
        .create(TestApi.class);

    api.get("1");
    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("client-side rate limit");
  }
}
