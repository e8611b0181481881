package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpStackTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void callersOwnClient_isUsedSharedAndNeverShutDown() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(okJson("{\"id\":\"1\"}")));
    AtomicInteger seenByCallersInterceptor = new AtomicInteger();
    OkHttpClient callers = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seenByCallersInterceptor.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    HttpStack stack = HttpStack.builder("own", URI.create(server.baseUrl()))
        .options(HttpOptions.builder().okHttpClient(callers).readTimeout(Duration.ofSeconds(5)).build())
        .build();

    stack.create(TestApi.class).get("1");

    assertThat(seenByCallersInterceptor).hasValue(1);
    assertThat(stack.okHttpClient().connectionPool()).isSameAs(callers.connectionPool());
    assertThat(stack.okHttpClient().dispatcher()).isSameAs(callers.dispatcher());
    assertThat(stack.okHttpClient().readTimeoutMillis()).isEqualTo(5000);
    assertThat(((ExecutorService) callers.dispatcher().executorService()).isShutdown()).isFalse();
  }

  @Test
  void stacksWithoutAClient_shareOnePoolAndDispatcher() {
    HttpStack a = HttpStack.builder("a", URI.create(server.baseUrl())).build();
    HttpStack b = HttpStack.builder("b", URI.create(server.baseUrl() + "/other")).build();

    assertThat(a.okHttpClient().connectionPool()).isSameAs(b.okHttpClient().connectionPool());
    assertThat(a.okHttpClient().dispatcher()).isSameAs(b.okHttpClient().dispatcher());
    assertThat(b.baseUrl().toString()).endsWith("/other/");
  }
}
