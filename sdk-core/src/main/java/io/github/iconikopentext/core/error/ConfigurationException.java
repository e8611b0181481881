package io.github.iconikopentext.core.error;

/**
 * The SDK was configured with something it cannot use: a missing or malformed setting, an insecure URL, an invalid
 * secret format. The message names the setting and what was wrong with it, never its secret value.
 */
public final class ConfigurationException extends SdkException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
