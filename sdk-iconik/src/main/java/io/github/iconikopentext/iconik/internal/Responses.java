package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.error.InvalidResponseException;

/** Checks of what iconik answered, shared by the iconik services. Not part of the API. */
public final class Responses {
  private Responses() {}

  /** {@code value}, or an {@link InvalidResponseException} saying that {@code what} came back as JSON null. */
  public static <T> T present(T value, String what) {
    if (value == null) {
      throw new InvalidResponseException("iconik returned no body (JSON null) for " + what, "", null);
    }
    return value;
  }
}
