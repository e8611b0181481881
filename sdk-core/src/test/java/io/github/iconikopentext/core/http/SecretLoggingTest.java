package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class SecretLoggingTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void failingAuthenticatedCall_logsNoSecretAnywhere() {
    Secret token = Secret.of("tok-SUPERSECRET-123");
    Credential credential = Credential.of("app-id-visible", token);
    server.stubFor(get(urlPathEqualTo("/api/items/1/")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errors\": [\"Token is invalid\"], \"auth_token\": \"tok-SUPERSECRET-123\"}")));
    TestApi api = HttpStack.builder("secure", URI.create(server.baseUrl()))
        .options(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build())
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("App-ID", credential.id())
            .header("Auth-Token", credential.secret().reveal())
            .header("Authorization", "Bearer " + credential.secret().reveal())
            .url(chain.request().url().newBuilder().addQueryParameter("access_token", token.reveal()).build())
            .build()))
        .build().create(TestApi.class);
    assertThat(LoggerFactory.getLogger("io.github.iconikopentext.http").isDebugEnabled())
        .as("debug logging is on for this test (see simplelogger.properties)").isTrue();

    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Throwable failure;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      failure = catchThrowable(() -> api.get("1"));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log).contains("GET /api/items/1/").contains("App-ID: app-id-visible").contains("401");
    assertThat(log).contains("Auth-Token: ****").contains("access_token=****");
    assertThat(token.isContainedIn(log)).as("log must not contain the token:%n%s", log).isFalse();
    assertThat(failure).isNotNull();
    assertThat(token.isContainedIn(failure.getMessage())).isFalse();
    assertThat(token.isContainedIn(String.valueOf(failure))).isFalse();
  }
}
