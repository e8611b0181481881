package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.internal.IniFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a credential from a profile of an INI-style credentials file, like the AWS credentials file. The default
 * file is {@code ~/.iconik-opentext/credentials}:
 *
 * <pre>
 * [dev]
 * iconik_app_id = 3f2a…
 * iconik_auth_token = eyJ…
 * opentext_client_id = my-dev-client
 * opentext_client_secret = …
 * </pre>
 *
 * <p>The file is read on every call, so edits are picked up. A value may also be a secret reference such as
 * {@code env:NAME} or {@code file:/path} when prefixed with {@code ref:} (e.g. {@code ref:file:/run/secrets/x}).
 * A mistake — a line that is not {@code key = value}, a missing or empty key, a reference that does not resolve — is
 * reported with the file, the line and the key ({@code credentials:14: [dev] iconik_app_id: is empty}), never with a
 * secret. Thread-safe.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
  private static final String REFERENCE_PREFIX = "ref:";

  private final Path file;
  private final String profile;
  private final String idKey;
  private final String secretKey;
  private final SecretResolvers resolvers;

  private ProfileCredentialsProvider(Builder b) {
    this.file = b.file;
    this.profile = Objects.requireNonNull(b.profile, "profile == null");
    this.idKey = Objects.requireNonNull(b.idKey, "idKey == null");
    this.secretKey = Objects.requireNonNull(b.secretKey, "secretKey == null");
    this.resolvers = b.resolvers;
  }

  /** {@code ~/.iconik-opentext/credentials}. */
  public static Path defaultFile() {
    return Path.of(System.getProperty("user.home"), ".iconik-opentext", "credentials");
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Credential resolveCredential() {
    IniFile ini;
    try {
      ini = IniFile.read(file);
    } catch (NoSuchFileException e) {
      throw new CredentialException(this + ": file does not exist");
    } catch (IOException e) {
      throw new CredentialException(this + ": cannot read file (" + e.getClass().getSimpleName() + ")");
    }
    if (ini.malformedLine() > 0) {
      throw new CredentialException(file + ":" + ini.malformedLine() + ": is neither [profile], key = value nor a"
          + " comment (" + this + ")");
    }
    Map<String, String> section = ini.section(profile)
        .orElseThrow(() -> new CredentialException(this + ": profile [" + profile + "] not found"));
    String id = value(ini, section, idKey);
    String secret = value(ini, section, secretKey);
    if (!secret.startsWith(REFERENCE_PREFIX)) {
      return Credential.of(id, Secret.of(secret));
    }
    try {
      return Credential.of(id, resolvers.resolve(secret.substring(REFERENCE_PREFIX.length())));
    } catch (CredentialException e) {
      // The resolvers' messages name the reference, never a secret.
      throw new CredentialException(where(ini, secretKey) + ": " + e.getMessage(), e);
    } catch (ConfigurationException e) {
      throw new ConfigurationException(where(ini, secretKey) + ": " + e.getMessage(), e);
    }
  }

  private String value(IniFile ini, Map<String, String> section, String key) {
    String value = section.get(key);
    if (value == null) {
      throw new CredentialException(file + ":" + ini.sectionLine(profile) + ": [" + profile + "] has no key " + key
          + " (" + this + ")");
    }
    if (value.isEmpty()) {
      throw new CredentialException(where(ini, key) + ": is empty; fill it in (" + this + ")");
    }
    return value;
  }

  /** {@code file:line: [profile] key}. */
  private String where(IniFile ini, String key) {
    return file + ":" + ini.line(profile, key) + ": [" + profile + "] " + key;
  }

  @Override
  public String toString() {
    return "profile file " + file + " [" + profile + "] " + idKey + "/" + secretKey;
  }

  /** Builds a {@link ProfileCredentialsProvider}. Not thread-safe. */
  public static final class Builder {
    private Path file = defaultFile();
    private String profile = "default";
    private String idKey;
    private String secretKey;
    private SecretResolvers resolvers = SecretResolvers.defaults();

    private Builder() {}

    public Builder file(Path file) {
      this.file = Objects.requireNonNull(file, "file == null");
      return this;
    }

    public Builder profile(String profile) {
      this.profile = Objects.requireNonNull(profile, "profile == null");
      return this;
    }

    /** The keys holding the id and the secret, e.g. {@code iconik_app_id} and {@code iconik_auth_token}. */
    public Builder keys(String idKey, String secretKey) {
      this.idKey = idKey;
      this.secretKey = secretKey;
      return this;
    }

    public Builder resolvers(SecretResolvers resolvers) {
      this.resolvers = Objects.requireNonNull(resolvers, "resolvers == null");
      return this;
    }

    public ProfileCredentialsProvider build() {
      return new ProfileCredentialsProvider(this);
    }
  }
}
