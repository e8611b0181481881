package io.github.iconikopentext.testkit.internal.iconik;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.iconikopentext.testkit.IconikFault;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request to the simulator's WireMock server: injects configured faults, checks iconik's
 * authentication headers on {@code /API/} paths (401 "Token is invalid" otherwise), runs the matching route against
 * the state while holding its lock, and writes the answer as JSON. Thread-safe. Not part of the API.
 */
public final class IconikRouter implements ResponseDefinitionTransformerV2 {
  private static final Logger log = LoggerFactory.getLogger(IconikRouter.class);

  private final Routes routes = new Routes();
  private final SimState state;
  private final Faults faults;
  private final String appId;
  private final byte[] token;

  public IconikRouter(SimState state, Faults faults, String appId, String authToken) {
    this.state = state;
    this.faults = faults;
    this.appId = appId;
    this.token = authToken.getBytes(StandardCharsets.UTF_8);
    AssetRoutes.register(routes, state);
    CollectionRoutes.register(routes, state);
    MetadataRoutes.register(routes, state);
    FileRoutes.register(routes, state);
    JobRoutes.register(routes, state);
    SearchRoutes.register(routes, state);
    StatsRoutes.register(routes, state);
    NotificationRoutes.register(routes, state);
  }

  @Override
  public String getName() {
    return "iconik-simulator";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    URI uri = URI.create(request.getUrl());
    String path = uri.getRawPath();
    IconikFault fault = faults.next(path);
    Integer delayMillis = null;
    if (fault instanceof IconikFault.Slow slow) {
      delayMillis = (int) slow.delay().toMillis();
    } else if (fault instanceof IconikFault.StallAfter stall) {
      delayMillis = (int) stall.stall().toMillis();
    } else if (fault != null) {
      return faultResponse(fault);
    }
    SimResponse response;
    if (path.startsWith("/API/") && !authenticated(request)) {
      response = SimResponse.error(401, "Token is invalid");
    } else {
      response = route(request.getMethod().getName(), path, query(uri.getRawQuery()), request.getBody());
    }
    return write(response, delayMillis);
  }

  private boolean authenticated(Request request) {
    String id = request.getHeader("App-ID");
    String presented = request.getHeader("Auth-Token");
    return appId.equals(id) && presented != null
        && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }

  private SimResponse route(String method, String path, Map<String, String> query, byte[] rawBody) {
    Object body;
    try {
      body = path.startsWith("/API/") ? SimJson.parse(new String(rawBody, StandardCharsets.UTF_8)) : null;
    } catch (IOException | RuntimeException e) {
      return SimResponse.error(400, "The request body is not valid JSON: " + e.getMessage());
    }
    synchronized (state) {
      try {
        return routes.dispatch(method, path, query, body, rawBody);
      } catch (RuntimeException e) {
        log.debug("iconik simulator rejected {} {}", method, path, e);
        return SimResponse.error(400, "Bad request: " + e);
      }
    }
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.putIfAbsent(name, value);
    }
    return query;
  }

  private static ResponseDefinition faultResponse(IconikFault fault) {
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
    if (fault instanceof IconikFault.ConnectionReset || fault instanceof IconikFault.CutAfter) {
      return b.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    }
    if (fault instanceof IconikFault.MalformedJson) {
      return b.withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("{\"objects\": [{\"id\": \"truncated\", ]").build();
    }
    if (fault instanceof IconikFault.TooManyRequests tooMany) {
      b.withStatus(429).withHeader("Content-Type", "application/json")
          .withBody("{\"errors\": [\"Too many requests\"]}");
      if (tooMany.retryAfter() != null) {
        b.withHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
      }
      return b.build();
    }
    IconikFault.ServerError error = (IconikFault.ServerError) fault;
    return b.withStatus(error.status()).withHeader("Content-Type", "application/json")
        .withBody("{\"errors\": [\"Simulated server error\"]}").build();
  }

  private static ResponseDefinition write(SimResponse response, Integer delayMillis) {
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
    if (response.bytes() != null) {
      b.withHeader("Content-Type", "application/octet-stream").withBody(response.bytes());
    } else if (response.body() != null) {
      b.withHeader("Content-Type", "application/json").withBody(SimJson.write(response.body()));
    }
    if (delayMillis != null) {
      b.withFixedDelay(delayMillis);
    }
    return b.build();
  }
}
