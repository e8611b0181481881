package io.github.iconikopentext.testkit.internal.opentext;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.iconikopentext.testkit.OpenTextFault;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * The simulator's single WireMock extension: turns each request into a {@link SimRequest}, applies injected faults,
 * the bearer-token check and the CMS rate limit, and dispatches to the token, Admin and CMS handlers.
 */
final class OpenTextRouter implements ResponseDefinitionTransformerV2 {
  static final String NAME = "opentext-simulator";

  private final SimulatorState state;
  private final Supplier<String> baseUrl;
  private final TokenHandler tokens;
  private final AdminHandler admin;
  private final CmsHandler cms;

  OpenTextRouter(SimulatorState state, Supplier<String> baseUrl, AdminHandler admin, CmsHandler cms) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.tokens = new TokenHandler(state, baseUrl);
    this.admin = admin;
    this.cms = cms;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    SimRequest request = toSimRequest(event.getRequest());
    state.countRequest(request.method(), request.path());
    OpenTextFault fault = state.takeFault(request.path());
    if (fault instanceof OpenTextFault.ConnectionReset) {
      return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    }
    if (fault instanceof OpenTextFault.MalformedJson) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
          .withHeader("Content-Type", SimResponse.HAL_JSON).withBody("{\"id\": \"cut-off\", \"name\": ").build();
    }
    if (fault instanceof OpenTextFault.Status status) {
      SimResponse answer = SimResponse.gatewayFault(status.statusCode(),
          status.statusCode() == 429 ? "Rate limit quota violation" : "Injected failure",
          status.statusCode() == 429 ? "policies.ratelimit.QuotaViolation" : "simulator.InjectedFault");
      if (status.retryAfter() != null) {
        answer = answer.withHeader("Retry-After", Long.toString(status.retryAfter().toSeconds()));
      }
      return render(answer, 0);
    }
    int delay = fault instanceof OpenTextFault.Slow slow ? (int) slow.delay().toMillis() : 0;
    return render(answer(request), delay);
  }

  private SimResponse answer(SimRequest request) {
    if (tokens.handles(request)) {
      return tokens.handle(request);
    }
    if (!state.isValidToken(request.bearerToken())) {
      return SimResponse.gatewayFault(401, "Invalid access token", "oauth.v2.InvalidAccessToken");
    }
    if (cms.handles(request)) {
      if (!state.admitCmsRequest()) {
        return SimResponse.gatewayFault(429, "Rate limit quota violation", "policies.ratelimit.QuotaViolation");
      }
      return cms.handle(request);
    }
    if (admin.handles(request)) {
      return admin.handle(request);
    }
    return SimResponse.notFound("resource " + request.path());
  }

  private static ResponseDefinition render(SimResponse answer, int delayMillis) {
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status());
    answer.headers().forEach(builder::withHeader);
    if (answer.body() != null) {
      builder.withBody(answer.body());
    }
    if (delayMillis > 0) {
      builder.withFixedDelay(delayMillis);
    }
    return builder.build();
  }

  private SimRequest toSimRequest(LoggedRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key().toLowerCase(Locale.ROOT), header.firstValue());
    }
    HttpUrl url = HttpUrl.get(baseUrl.get() + request.getUrl());
    return new SimRequest(request.getMethod().getName(), url, headers, request.getBodyAsString());
  }
}
