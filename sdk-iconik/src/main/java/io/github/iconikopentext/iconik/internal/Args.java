package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.error.InvalidResponseException;
import java.util.Objects;

/** Argument and result checks shared by the iconik services. Not part of the API. */
public final class Args {
  private Args() {}

  /** {@code value} if it is a non-blank id; otherwise an exception naming {@code name}. */
  public static String id(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  /** {@code value}, or an {@link InvalidResponseException} saying that {@code what} came back as JSON null. */
  public static <T> T present(T value, String what) {
    if (value == null) {
      throw new InvalidResponseException("iconik returned no body (JSON null) for " + what, "", null);
    }
    return value;
  }
}
