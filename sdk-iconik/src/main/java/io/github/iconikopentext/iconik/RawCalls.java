package io.github.iconikopentext.iconik;

import com.squareup.moshi.Types;
import io.github.iconikopentext.iconik.internal.RawTransport;
import java.lang.reflect.Type;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The escape hatch for iconik operations the SDK does not type yet: any method and path of the iconik host, with a
 * JSON body, through the same authentication, rate limit, retry policy and error mapping as the typed calls.
 *
 * <p>Paths are relative to the base URL ({@code API/assets/v1/assets/}) or to the host ({@code /API/...}) and may
 * carry a query string; iconik paths end with {@code /}. An absolute URL is accepted only on the iconik host, so
 * credentials never go elsewhere. Bodies are anything the SDK's Moshi writes (maps, lists, this SDK's records). Only
 * GET, PUT and DELETE are retried; a POST or PATCH is sent once. Obtain it from {@link IconikClient#raw()}.
 * Thread-safe.
 */
public final class RawCalls {
  private static final Type JSON_OBJECT = Types.newParameterizedType(Map.class, String.class, Object.class);

  private final RawTransport transport;

  RawCalls(RawTransport transport) {
    this.transport = transport;
  }

  /**
   * Sends the call and returns the response's JSON object as a map (numbers as {@code Double}), or {@code null} for
   * an empty response such as 204.
   *
   * @throws IllegalArgumentException for a method other than GET, POST, PUT, PATCH, DELETE or a foreign URL
   */
  public @Nullable Map<String, Object> json(String method, String path, @Nullable Object body) {
    return transport.call(method, path, body, JSON_OBJECT);
  }

  /** Sends the call and reads the response as {@code responseType}; {@code null} for an empty response. */
  public <T> @Nullable T call(String method, String path, @Nullable Object body, Class<T> responseType) {
    return transport.call(method, path, body, responseType);
  }

  /** Sends the call and reads the response as {@code responseType}, e.g. a parameterized type. */
  public <T> T call(String method, String path, Object body, Type responseType) {
    return transport.call(method, path, body, responseType);
  }
}
