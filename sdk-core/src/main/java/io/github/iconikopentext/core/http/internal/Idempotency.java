package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.http.Idempotent;
import java.util.Set;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * Which requests may be sent twice: GET, HEAD, PUT, DELETE and OPTIONS, and methods marked {@link Idempotent}. The
 * retry policy and the connection-reuse guard apply the same rule. Not part of the API.
 */
public final class Idempotency {
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private Idempotency() {}

  /** Whether a request with {@code method}, of a service method marked {@link Idempotent} or not, may be repeated. */
  public static boolean mayRepeat(String method, boolean markedIdempotent) {
    return markedIdempotent || IDEMPOTENT_METHODS.contains(method);
  }

  /** Whether {@code request} may be repeated; its Retrofit {@link Invocation} tag tells whether it was marked. */
  public static boolean mayRepeat(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return mayRepeat(request.method(),
        invocation != null && invocation.method().isAnnotationPresent(Idempotent.class));
  }
}
