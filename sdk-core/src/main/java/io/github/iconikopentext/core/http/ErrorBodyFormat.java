package io.github.iconikopentext.core.http;

import io.github.iconikopentext.core.error.ErrorDetails;
import java.util.Map;

/**
 * A vendor's error body shape, contributed by its module (iconik's {@code errors} list or map, the OpenText
 * gateway's {@code fault}, OTDS's numeric {@code status}) and registered with {@link
 * HttpStack.Builder#errorBodyFormat(ErrorBodyFormat)}. The core reads only shapes that are conventions, not a
 * vendor's: {@code message}, {@code error}/{@code error_description} (RFC 6749), {@code code}, {@code errorCode},
 * {@code details}.
 *
 * <p>The SDK masks and bounds whatever a format returns, so an implementation copies values as they are. Its
 * messages come before the conventional ones; its error code is used when the body carries no conventional code.
 * Implementations must be stateless and thread-safe and must not throw.
 */
@FunctionalInterface
public interface ErrorBodyFormat {

  /**
   * What this format recognises in an error body that is a JSON object (parsed as maps, lists, strings, numbers,
   * booleans); {@link ErrorDetails#EMPTY} when nothing. The returned excerpt is ignored.
   */
  ErrorDetails read(Map<?, ?> body);
}
