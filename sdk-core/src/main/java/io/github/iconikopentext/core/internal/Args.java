package io.github.iconikopentext.core.internal;

import java.util.Objects;

/** Argument checks with messages that name the argument, shared by the vendor modules. Not part of the API. */
public final class Args {
  private Args() {}

  /** {@code value} (an id, a name), unless it is null or blank; the exception names {@code name}. */
  public static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
