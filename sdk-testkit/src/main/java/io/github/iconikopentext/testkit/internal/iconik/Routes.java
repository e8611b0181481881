package io.github.iconikopentext.testkit.internal.iconik;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The simulator's route table: method + path pattern → handler. Not part of the API. */
final class Routes {
  /** A path segment holding an id or name. */
  static final String ID = "([^/]+)";

  private record Route(String method, Pattern pattern, Function<SimRequest, SimResponse> handler) {}

  private final List<Route> routes = new ArrayList<>();

  void add(String method, String pathPattern, Function<SimRequest, SimResponse> handler) {
    routes.add(new Route(method, Pattern.compile(pathPattern), handler));
  }

  /** Runs the first route matching method and path; 405 when only the path matches, 404 when nothing does. */
  SimResponse dispatch(String method, String path, Map<String, String> query, Object body, byte[] rawBody) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher m = route.pattern().matcher(path);
      if (m.matches()) {
        if (route.method().equals(method)) {
          return route.handler().apply(new SimRequest(method, path, query, body, rawBody, m));
        }
        pathKnown = true;
      }
    }
    return pathKnown
        ? SimResponse.error(405, "Method " + method + " is not allowed on " + path)
        : SimResponse.error(404, "The iconik simulator has no route " + method + " " + path);
  }
}
