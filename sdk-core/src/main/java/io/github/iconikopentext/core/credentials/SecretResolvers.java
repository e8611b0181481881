package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves {@link SecretReference}s by scheme. The defaults know {@code env:} (environment variable), {@code file:}
 * (file content, trailing newline stripped) and {@code prop:} (Java system property); register resolvers for other
 * schemes (a vault, a cloud secrets manager) with {@link #builder()}.
 *
 * <p>Immutable and thread-safe. Failure messages name the reference as {@link SecretReference#toString()} shows it,
 * never a value, and never a name that looks like a pasted value.
 */
public final class SecretResolvers {
  private final Map<String, SecretResolver> resolvers;

  private SecretResolvers(Map<String, SecretResolver> resolvers) {
    this.resolvers = Map.copyOf(resolvers);
  }

  /** {@code env:}, {@code file:} and {@code prop:} over the real process environment and system properties. */
  public static SecretResolvers defaults() {
    return builder().build();
  }

  /** A builder pre-loaded with the default schemes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Resolves {@code reference}, e.g. {@code env:ICONIK_AUTH_TOKEN}. */
  public Secret resolve(String reference) {
    return resolve(SecretReference.parse(reference));
  }

  /**
   * Resolves {@code reference}.
   *
   * @throws ConfigurationException if the scheme is unknown
   * @throws CredentialException if the reference does not resolve
   */
  public Secret resolve(SecretReference reference) {
    SecretResolver resolver = resolvers.get(reference.scheme());
    if (resolver == null) {
      // The name is not shown at all: an unknown scheme is often the first half of a pasted "user:password".
      throw new ConfigurationException("secret reference " + reference.scheme() + ":<" + reference.name().length()
          + " characters, not shown>: unknown scheme '" + reference.scheme() + "' (known: "
          + new TreeSet<>(resolvers.keySet()) + ")");
    }
    return resolver.resolve(reference.name());
  }

  /** The schemes this instance resolves. */
  public Set<String> schemes() {
    return resolvers.keySet();
  }

  /** Builds {@link SecretResolvers}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, SecretResolver> resolvers = new HashMap<>();
    private Map<String, String> environment = System.getenv();

    private Builder() {
      resolvers.put("env", name -> fromEnvironment(environment, name));
      resolvers.put("file", SecretResolvers::fromFile);
      resolvers.put("prop", SecretResolvers::fromSystemProperty);
    }

    /** Reads {@code env:} references from this map instead of the process environment. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment == null"));
      return this;
    }

    /** Adds or replaces the resolver for {@code scheme}. */
    public Builder register(String scheme, SecretResolver resolver) {
      new SecretReference(scheme, "x"); // validates the scheme's spelling
      resolvers.put(scheme, Objects.requireNonNull(resolver, "resolver == null"));
      return this;
    }

    public SecretResolvers build() {
      return new SecretResolvers(resolvers);
    }
  }

  private static Secret fromEnvironment(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new CredentialException("secret reference " + new SecretReference("env", name)
          + ": environment variable is not set");
    }
    return Secret.of(value);
  }

  private static Secret fromSystemProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new CredentialException("secret reference " + new SecretReference("prop", name)
          + ": system property is not set");
    }
    return Secret.of(value);
  }

  private static Secret fromFile(String name) {
    SecretReference reference = new SecretReference("file", name);
    Path path;
    try {
      path = Path.of(name);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CredentialException("secret reference " + reference + ": not a valid path");
    }
    try {
      String value = Files.readString(path, StandardCharsets.UTF_8).strip();
      if (value.isEmpty()) {
        throw new CredentialException("secret reference " + reference + ": file is empty");
      }
      return Secret.of(value);
    } catch (IOException e) {
      throw new CredentialException(
          "secret reference " + reference + ": cannot read file (" + e.getClass().getSimpleName() + ")");
    }
  }
}
