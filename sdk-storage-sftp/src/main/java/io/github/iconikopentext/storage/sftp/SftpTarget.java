package io.github.iconikopentext.storage.sftp;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.PathTemplate;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.impl.SftpOutputStreamAsync;

/**
 * An SFTP server — a broadcaster's or partner's delivery drop — as a {@link io.github.iconikopentext.integration.transfer.TransferTarget}, on Apache MINA SSHD.
 *
 * <ul>
 *   <li>The server's host key must match a known-hosts entry ({@link Builder#knownHosts}); an unknown host is
 *       refused ({@code HostKeyUnknown}) unless {@link Builder#acceptUnknownHosts} says otherwise, and a different
 *       key is always refused ({@code HostKeyMismatch}).
 *   <li>Authentication by password or private key (OpenSSH/PEM text), both from secret references such as
 *       {@code env:SFTP_PASSWORD} or {@code file:/run/secrets/id_ed25519}; literals are refused.
 *   <li>Files land at {@code <directory>/<path template>} ({@link PathTemplate}; default
 *       {@code {asset_id}/{file_name}}); content is first written to {@code .<name>.<transfer id>.part} beside it,
 *       so nobody downstream sees a partial file; an interrupted transfer resumes from that file's remote size (its
 *       bytes are read back for the digests); the commit verifies the remote bytes — by the server's
 *       {@code check-file} extension where offered, else by reading them back — and renames atomically.
 *   <li>Commit is idempotent: with the part file gone and the final file of the verified size present, it returns.
 *   <li>Failures: ENDPOINT {@link IntegrationException}s with reasons {@code HostKeyMismatch},
 *       {@code HostKeyUnknown}, {@code AccessDenied}, {@code QuotaExceeded}, {@code ChecksumMismatch},
 *       {@code EndpointFailed}; a refused login is CREDENTIAL {@code AuthenticationFailed}.
 * </ul>
 *
 * <p>Each operation opens its own SSH session, so the target is thread-safe for different transfers.
 * {@link #close()} stops its SSH client.
 */
public final class SftpTarget implements AuditedTarget, AutoCloseable {
  private final String name;
  private final String directory;
  private final PathTemplate paths;
  private final SftpSessions sessions;

  private SftpTarget(Builder b) {
    this.name = b.name;
    this.directory = b.directory;
    this.paths = b.paths;
    if (b.password == null && b.privateKey == null) {
      throw new ConfigurationException("SFTP target " + name + " needs a password or a private key reference");
    }
    this.sessions = new SftpSessions(name, b.host, b.port, b.user, b.password, b.privateKey, b.timeout,
        new HostKeys(b.knownHosts, b.acceptUnknownHosts));
  }

  /** A builder for a target at {@code host:port} logging in as {@code user}. */
  public static Builder builder(String host, int port, String user) {
    return new Builder(host, port, user);
  }

  @Override
  public String name() {
    return name;
  }

  /** {@code sftp}. */
  @Override
  public String kind() {
    return "sftp";
  }

  /** {@code sftp://host:port/directory}: where this target writes. */
  public String location() {
    return sessions.uri(directory);
  }

  /** The non-secret credential id recorded in the audit trail: {@code user@host}. */
  @Override
  public String credentialId() {
    return sessions.credentialId();
  }

  /** The remote path of {@code item}; refuses traversal and illegal characters. */
  public String path(TransferItem item) {
    String relative = paths.fill(item);
    return directory.isEmpty() ? relative : directory + "/" + relative;
  }

  private String partPath(TransferItem item) {
    String path = path(item);
    int slash = path.lastIndexOf('/');
    return path.substring(0, slash + 1) + "." + path.substring(slash + 1) + "." + item.id().value() + ".part";
  }

  /** Checks the path, the host key, the login and that the directory can be created. */
  @Override
  public void prepare(TransferItem item) throws IOException {
    String part = partPath(item);
    sessions.run("prepare " + location(), sftp -> {
      RemoteFiles.mkdirs(sftp, RemoteFiles.parentOf(part));
      return null;
    });
  }

  @Override
  public long resumeOffset(TransferItem item) throws IOException {
    return sessions.run("stat", sftp -> {
      SftpClient.Attributes attributes = RemoteFiles.statOrNull(sftp, partPath(item));
      return attributes == null ? 0L : attributes.getSize();
    });
  }

  /** Reads the part file back (only the part the caller asks for is consumed). */
  @Override
  public InputStream openWritten(TransferItem item) throws IOException {
    return sessions.read(partPath(item));
  }

  @Override
  public String write(TransferItem item, InputStream content, long offset) throws IOException {
    String part = partPath(item);
    return sessions.run("upload to " + location(), sftp -> {
      RemoteFiles.mkdirs(sftp, RemoteFiles.parentOf(part));
      List<SftpClient.OpenMode> modes = new ArrayList<>(List.of(SftpClient.OpenMode.Write,
          SftpClient.OpenMode.Create));
      if (offset == 0) {
        modes.add(SftpClient.OpenMode.Truncate);
      }
      try (OutputStream out = sftp.write(part, modes.toArray(SftpClient.OpenMode[]::new))) {
        if (offset > 0) {
          ((SftpOutputStreamAsync) out).setOffset(offset);
        }
        content.transferTo(out);
      }
      return part;
    });
  }

  @Override
  public String commit(TransferItem item, String handle, VerifiedContent content) throws IOException {
    String path = path(item);
    return sessions.run("commit " + path, sftp -> {
      SftpClient.Attributes part = RemoteFiles.statOrNull(sftp, handle);
      if (part == null) {
        SftpClient.Attributes done = RemoteFiles.statOrNull(sftp, path);
        if (done != null && done.getSize() == content.bytes()) {
          return sessions.uri(path); // committed by an earlier attempt
        }
        throw new IntegrationException(FailureDomain.ENDPOINT, "EndpointFailed", "SFTP part file " + handle
            + " of transfer " + item.id().value() + " is gone and " + sessions.uri(path) + " is not complete");
      }
      String remote = RemoteFiles.sha256(sftp, handle);
      if (part.getSize() != content.bytes() || !remote.equals(content.sha256())) {
        throw new IntegrationException(FailureDomain.ENDPOINT, "ChecksumMismatch", "SFTP server holds "
            + part.getSize() + " bytes with SHA-256 " + remote + " for transfer " + item.id().value() + " but "
            + content.bytes() + " bytes with " + content.sha256() + " were sent");
      }
      sftp.rename(handle, path, SftpClient.CopyMode.Atomic, SftpClient.CopyMode.Overwrite);
      return sessions.uri(path);
    });
  }

  @Override
  public void discard(TransferItem item, String handle) throws IOException {
    sessions.run("discard", sftp -> {
      if (RemoteFiles.statOrNull(sftp, handle) != null) {
        sftp.remove(handle);
      }
      return null;
    });
  }

  /** Deletes the transfer's part file. */
  @Override
  public void abort(TransferItem item) throws IOException {
    discard(item, partPath(item));
  }

  /** Stops the SSH client. */
  @Override
  public void close() {
    sessions.close();
  }

  @Override
  public String toString() {
    return "SFTP target " + name + " at " + location();
  }

  /** Builds an {@link SftpTarget}. Not thread-safe. */
  public static final class Builder {
    private final String host;
    private final int port;
    private final String user;
    private String name = "sftp";
    private String directory = "";
    private PathTemplate paths = PathTemplate.of("{asset_id}/{file_name}");
    private Secret password;
    private Secret privateKey;
    private Duration timeout = Duration.ofSeconds(30);
    private final List<KnownHostEntry> knownHosts = new ArrayList<>();
    private boolean acceptUnknownHosts;

    private Builder(String host, int port, String user) {
      this.host = Objects.requireNonNull(host, "host == null");
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port must be 1 to 65535: " + port);
      }
      this.port = port;
      this.user = Objects.requireNonNull(user, "user == null");
    }

    /** The target's name in routing rules and transfer ids. Default {@code sftp}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** The remote directory (relative to the login directory, or absolute) files land under. */
    public Builder directory(String directory) {
      Objects.requireNonNull(directory, "directory == null");
      String d = directory.replaceAll("/+$", "");
      if (!d.isEmpty()) {
        PathTemplate.of(d.replaceAll("^/+", "") + "/{file_name}"); // no traversal in it either
      }
      this.directory = d;
      return this;
    }

    /** The path template under the directory. Default {@code {asset_id}/{file_name}}. */
    public Builder pathTemplate(String template) {
      this.paths = PathTemplate.of(template);
      return this;
    }

    /** The password, from a secret reference such as {@code env:SFTP_PASSWORD}. */
    public Builder password(String reference, SecretResolvers resolvers) {
      this.password = resolve(reference, resolvers, "password");
      return this;
    }

    /** The private key (OpenSSH or PEM text), from a secret reference such as {@code file:/run/secrets/id}. */
    public Builder privateKey(String reference, SecretResolvers resolvers) {
      this.privateKey = resolve(reference, resolvers, "private key");
      return this;
    }

    /**
     * Known-hosts lines (OpenSSH format, e.g. {@code [sftp.example.com]:2222 ssh-ed25519 AAAA…}) the server's key
     * must match.
     */
    public Builder knownHosts(String lines) {
      for (String line : lines.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(line.strip());
          if (entry == null || entry.getKeyEntry() == null) {
            throw new ConfigurationException("not a known-hosts line: '" + line.strip() + "'");
          }
          knownHosts.add(entry);
        }
      }
      return this;
    }

    /** Accepts a host no known-hosts line names (never a changed key). Off by default: only for first contact. */
    public Builder acceptUnknownHosts(boolean accept) {
      this.acceptUnknownHosts = accept;
      return this;
    }

    /** Connect and authentication timeout. Default 30 seconds. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    private static Secret resolve(String reference, SecretResolvers resolvers, String what) {
      if (reference == null || !SecretReference.looksLikeReference(reference)) {
        throw new ConfigurationException("the SFTP " + what + " must be a secret reference such as env:NAME or"
            + " file:/path; literal secrets are refused (the value is not shown)");
      }
      return resolvers.resolve(reference);
    }

    /** Builds the target and starts its SSH client. */
    public SftpTarget build() {
      return new SftpTarget(this);
    }
  }

  static PublicKey keyOf(KnownHostEntry entry) throws IOException {
    try {
      return entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
    } catch (GeneralSecurityException e) {
      throw new IOException("unreadable known-hosts key: " + e.getMessage(), e);
    }
  }
}
