package io.github.iconikopentext.core.webhook;

import io.github.iconikopentext.core.webhook.internal.HeaderMaps;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request headers a verifier reads, looked up by name case-insensitively.
 *
 * <p>Most servers already offer such a lookup, so a method reference is enough: {@code request::getHeader}
 * (servlet), {@code exchange.getRequestHeaders()::getFirst} (JDK {@code HttpServer}), {@code httpHeaders::getFirst}
 * (Spring). For plain maps use {@link #of(Map)} or {@link #ofMultiValued(Map)}.
 *
 * <p>A verifier calls it only on the verifying thread, during {@code verify}. The map adapters read their map on
 * every call rather than copying it, so the map must not change during verification.
 */
@FunctionalInterface
public interface WebhookHeaders {

  /**
   * The value of the header called {@code name}, compared case-insensitively, or {@code null} when absent.
   *
   * @throws WebhookVerificationException with {@link WebhookVerificationException.Reason#MALFORMED_HEADER} when the
   *     header was sent more than once with different values
   */
  @Nullable String get(String name);

  /**
   * Headers from a map whose keys may be in any case. A header present under two spellings with different values
   * is {@link WebhookVerificationException.Reason#MALFORMED_HEADER}. The map is read, not copied.
   */
  static WebhookHeaders of(Map<String, String> headers) {
    return HeaderMaps.single(headers);
  }

  /**
   * Headers from a multi-valued map (JDK {@code Headers}, Spring {@code HttpHeaders}, JAX-RS). A header with
   * several different values is {@link WebhookVerificationException.Reason#MALFORMED_HEADER}: the signature headers
   * must be sent once. The map is read, not copied.
   */
  static WebhookHeaders ofMultiValued(Map<String, ? extends List<String>> headers) {
    return HeaderMaps.multi(headers);
  }
}
