package io.github.iconikopentext.opentext.internal;

import java.util.Objects;

/** Argument checks with messages that name the argument. Not part of the API. */
public final class Args {
  private Args() {}

  /** {@code value}, unless it is null or blank. */
  public static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    return value;
  }
}
