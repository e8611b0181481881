package io.github.iconikopentext.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.ConflictException;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.error.PermissionException;
import io.github.iconikopentext.core.error.ServerException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private TestApi api() {
    HttpOptions options = HttpOptions.builder().retryPolicy(RetryPolicy.none()).build();
    return HttpStack.builder("test", URI.create(server.baseUrl())).options(options).build().create(TestApi.class);
  }

  private ApiException failWith(int status, String body) {
    server.stubFor(get(urlEqualTo("/api/items/7/")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withHeader("X-Request-ID", "req-" + status)
        .withBody(body)));
    return catchThrowableOfType(ApiException.class, () -> api().get("7"));
  }

  @Test
  void messageBody_isNotFoundWithMessagesStatusAndRequestId() {
    ApiException e = failWith(404, "{\"message\": \"Asset not found\"}");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).isEqualTo("req-404");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/api/items/7/");
    assertThat(e.details().messages()).containsExactly("Asset not found");
    assertThat(e.getMessage()).contains("GET /api/items/7/", "404", "req-404", "Asset not found");
  }

  @Test
  void vendorErrorFormat_isReadFirst_masked_andItsCodeIsTheFallback() {
    server.stubFor(get(urlEqualTo("/api/items/7/")).willReturn(aResponse().withStatus(400)
        .withBody("{\"problems\": [\"title missing\", \"password=hunter2\"], \"message\": \"Bad input\","
            + " \"vendorCode\": 12}")));
    ErrorBodyFormat vendor = body -> new ErrorDetails((java.util.List<String>) body.get("problems"),
        java.util.Map.of("title", "missing"), String.valueOf(body.get("vendorCode")), "ignored");
    TestApi api = HttpStack.builder("test", URI.create(server.baseUrl()))
        .options(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build())
        .errorBodyFormat(vendor).build().create(TestApi.class);

    ApiException e = catchThrowableOfType(ApiException.class, () -> api.get("7"));

    assertThat(e.details().messages()).hasSize(3).startsWith("title missing").endsWith("Bad input");
    assertThat(String.join(" ", e.details().messages())).doesNotContain("hunter2");
    assertThat(e.details().fieldErrors()).containsEntry("title", "missing");
    assertThat(e.details().errorCode()).isEqualTo("12.0");
  }

  @Test
  void vendorErrorFormatThatThrows_leavesTheConventionalReading() {
    server.stubFor(get(urlEqualTo("/api/items/7/")).willReturn(aResponse().withStatus(500)
        .withBody("{\"message\": \"boom\"}")));
    TestApi api = HttpStack.builder("test", URI.create(server.baseUrl()))
        .options(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build())
        .errorBodyFormat(body -> {
          throw new IllegalStateException("broken format");
        }).build().create(TestApi.class);

    ApiException e = catchThrowableOfType(ApiException.class, () -> api.get("7"));

    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.details().messages()).containsExactly("boom");
  }

  @Test
  void springStyleError_isParsed() {
    ApiException e = failWith(409, "{\"timestamp\": \"2024-01-01T00:00:00Z\", \"status\": 409, \"error\": \"Conflict\","
        + " \"message\": \"Instance name already exists\", \"errorCode\": \"CMS-0409\", \"path\": \"/cms/instances\"}");

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.details().messages()).contains("Instance name already exists");
    assertThat(e.details().errorCode()).isEqualTo("CMS-0409");
  }

  @Test
  void oauthTokenError_keepsCodeAndDescription() {
    ApiException e = failWith(401, "{\"error\": \"invalid_client\", \"error_description\": \"Client authentication failed\"}");

    assertThat(e.details().errorCode()).isEqualTo("invalid_client");
    assertThat(e.details().messages()).containsExactly("Client authentication failed");
  }

  @Test
  void unknownShape_keepsRedactedExcerpt() {
    ApiException e = failWith(502, "<html>Bad gateway, token=abc123secret</html>");

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.details().messages()).isEmpty();
    assertThat(e.details().excerpt()).contains("Bad gateway").doesNotContain("abc123secret");
  }

  @Test
  void malformedSuccessBody_isInvalidResponseWithPathAndExcerpt() {
    server.stubFor(get(urlEqualTo("/api/items/8/")).willReturn(okJson("{\"id\": [1, 2], \"name\": \"x\"}")));

    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class, () -> api().get("8"));
    assertThat(e.getMessage()).contains("GET /api/items/8/", "$.id");
    assertThat(e.excerpt()).startsWith("{\"id\": [1, 2]");
  }

  @Test
  void truncatedJsonBody_isInvalidResponse() {
    server.stubFor(get(urlEqualTo("/api/items/8/")).willReturn(okJson("{\"id\": \"1\", \"name\": ")));

    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class, () -> api().get("8"));
    assertThat(e).isNotNull();
  }

  @Test
  void emptySuccessBody_isInvalidResponseNamingIt() {
    server.stubFor(get(urlEqualTo("/api/items/8/")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("")));

    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class, () -> api().get("8"));
    assertThat(e.getMessage()).contains("empty");
  }

  @Test
  void requestIdSentBySdk_isReportedWhenServerSendsNone() {
    server.stubFor(get(urlEqualTo("/api/items/9/")).willReturn(aResponse().withStatus(404)));

    ApiException e = catchThrowableOfType(ApiException.class, () -> api().get("9"));
    String sent = server.getAllServeEvents().get(0).getRequest().getHeader("X-Request-ID");
    assertThat(sent).isNotBlank();
    assertThat(e.requestId()).isEqualTo(sent);
  }

  @Test
  void everyCall_carriesUserAgentAndRequestId() {
    server.stubFor(get(urlEqualTo("/api/items/1/")).willReturn(okJson("{\"id\":\"1\"}")));

    api().get("1");
    var request = server.getAllServeEvents().get(0).getRequest();
    assertThat(request.getHeader("User-Agent")).matches("iconik-opentext-sdk/\\S+ java/\\S+");
    assertThat(request.getHeader("X-Request-ID")).isNotBlank();
  }

  @Test
  void errorDetailsSummary_listsEverything() {
    var details = new io.github.iconikopentext.core.error.ErrorDetails(
        List.of("a"), Map.of("f", "bad"), "CODE", "");
    assertThat(details.summary()).isEqualTo("a; f: bad; code CODE");
  }
}
