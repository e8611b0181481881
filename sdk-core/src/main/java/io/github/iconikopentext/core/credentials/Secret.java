package io.github.iconikopentext.core.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret value — a token, password, client secret or signing key — that never reveals itself by accident.
 *
 * <p>{@link #toString()} returns {@code ****}; the value is only available through {@link #reveal()} (and
 * {@link #utf8Bytes()}), so every place that uses it is easy to find in review. {@link #equals(Object)} compares in
 * constant time. Immutable and thread-safe.
 */
public final class Secret {
  private static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @throws IllegalArgumentException if the value is empty or blank (the message does not contain the value)
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("secret value is empty");
    }
    return new Secret(value);
  }

  /** The secret value. Call it only where the value is sent to its destination; never log the result. */
  public String reveal() {
    return value;
  }

  /** The UTF-8 bytes of the value, in a fresh array the caller may clear. */
  public byte[] utf8Bytes() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether {@code text} contains this secret's value: lets tests and log scrubbers check for leaks. */
  public boolean isContainedIn(CharSequence text) {
    return text != null && text.toString().contains(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other
        && MessageDigest.isEqual(utf8Bytes(), other.utf8Bytes());
  }

  @Override
  public int hashCode() {
    return 0; // constant on purpose: a hash would leak information about the value
  }

  @Override
  public String toString() {
    return MASK;
  }
}
