package io.github.iconikopentext.storage.sftp;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.transfer.PathTemplate;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.impl.SftpOutputStreamAsync;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

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
  private static final int CHUNK = 1 << 20;

  private final String name;
  private final String host;
  private final int port;
  private final String user;
  private final String directory;
  private final PathTemplate paths;
  private final Secret password;
  private final Secret privateKey;
  private final Duration timeout;
  private final HostKeys hostKeys;
  private final SshClient ssh;

  private SftpTarget(Builder b) {
    this.name = b.name;
    this.host = b.host;
    this.port = b.port;
    this.user = Objects.requireNonNull(b.user, "user == null");
    this.directory = b.directory;
    this.paths = b.paths;
    this.password = b.password;
    this.privateKey = b.privateKey;
    if (password == null && privateKey == null) {
      throw new ConfigurationException("SFTP target " + name + " needs a password or a private key reference");
    }
    this.timeout = b.timeout;
    this.hostKeys = new HostKeys(b.knownHosts, b.acceptUnknownHosts);
    this.ssh = SshClient.setUpDefaultClient();
    ssh.setServerKeyVerifier(hostKeys);
    ssh.start();
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
    return "sftp://" + host + (port == 22 ? "" : ":" + port) + "/" + directory;
  }

  /** The non-secret credential id recorded in the audit trail: {@code user@host}. */
  @Override
  public String credentialId() {
    return user + "@" + host;
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
    run("prepare " + location(), sftp -> {
      mkdirs(sftp, part.substring(0, Math.max(part.lastIndexOf('/'), 0)));
      return null;
    });
  }

  @Override
  public long resumeOffset(TransferItem item) throws IOException {
    return run("stat", sftp -> {
      SftpClient.Attributes attributes = statOrNull(sftp, partPath(item));
      return attributes == null ? 0L : attributes.getSize();
    });
  }

  /** Reads the part file back (only the part the caller asks for is consumed). */
  @Override
  public InputStream openWritten(TransferItem item) throws IOException {
    ClientSession session = connect();
    SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
    InputStream in = sftp.read(partPath(item));
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          sftp.close();
          session.close();
        }
      }
    };
  }

  @Override
  public String write(TransferItem item, InputStream content, long offset) throws IOException {
    String part = partPath(item);
    return run("upload to " + location(), sftp -> {
      mkdirs(sftp, part.substring(0, Math.max(part.lastIndexOf('/'), 0)));
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
    return run("commit " + path, sftp -> {
      SftpClient.Attributes part = statOrNull(sftp, handle);
      if (part == null) {
        SftpClient.Attributes done = statOrNull(sftp, path);
        if (done != null && done.getSize() == content.bytes()) {
          return uri(path); // committed by an earlier attempt
        }
        throw new IntegrationException(FailureDomain.ENDPOINT, "EndpointFailed", "SFTP part file " + handle
            + " of transfer " + item.id().value() + " is gone and " + uri(path) + " is not complete");
      }
      String remote = remoteSha256(sftp, handle);
      if (part.getSize() != content.bytes() || !remote.equals(content.sha256())) {
        throw new IntegrationException(FailureDomain.ENDPOINT, "ChecksumMismatch", "SFTP server holds "
            + part.getSize() + " bytes with SHA-256 " + remote + " for transfer " + item.id().value() + " but "
            + content.bytes() + " bytes with " + content.sha256() + " were sent");
      }
      sftp.rename(handle, path, SftpClient.CopyMode.Atomic, SftpClient.CopyMode.Overwrite);
      return uri(path);
    });
  }

  /** SHA-256 of the remote file: by the server's check-file extension where offered, else by reading it back. */
  private static String remoteSha256(SftpClient sftp, String path) throws IOException {
    var checkFile = sftp.getExtension(org.apache.sshd.sftp.client.extensions.CheckFileNameExtension.class);
    if (checkFile.isSupported()) {
      try {
        var result = checkFile.checkFileName(path, List.of("sha256"), 0, 0, 0);
        if (result != null && "sha256".equalsIgnoreCase(result.getKey()) && result.getValue().size() == 1) {
          return HexFormat.of().formatHex(result.getValue().iterator().next());
        }
      } catch (SftpException e) {
        // not for this algorithm: read back
      }
    }
    try (InputStream in = sftp.read(path)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[CHUNK];
      for (int n; (n = in.read(buffer)) != -1; ) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public void discard(TransferItem item, String handle) throws IOException {
    run("discard", sftp -> {
      if (statOrNull(sftp, handle) != null) {
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

  private String uri(String path) {
    return "sftp://" + host + (port == 22 ? "" : ":" + port) + "/" + path;
  }

  private static SftpClient.Attributes statOrNull(SftpClient sftp, String path) throws IOException {
    try {
      return sftp.stat(path);
    } catch (SftpException e) {
      if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
        return null;
      }
      throw e;
    }
  }

  private static void mkdirs(SftpClient sftp, String dir) throws IOException {
    if (dir.isEmpty()) {
      return;
    }
    StringBuilder path = new StringBuilder();
    for (String segment : dir.split("/")) {
      path.append(path.length() == 0 ? "" : "/").append(segment);
      if (statOrNull(sftp, path.toString()) == null) {
        sftp.mkdir(path.toString());
      }
    }
  }

  private interface SftpCall<T> {
    T call(SftpClient sftp) throws IOException;
  }

  private <T> T run(String operation, SftpCall<T> call) throws IOException {
    try (ClientSession session = connect();
        SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
      return call.call(sftp);
    } catch (SftpException e) {
      String reason = switch (e.getStatus()) {
        case SftpConstants.SSH_FX_PERMISSION_DENIED -> "AccessDenied";
        case SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM, SftpConstants.SSH_FX_QUOTA_EXCEEDED -> "QuotaExceeded";
        default -> null;
      };
      if (reason == null) {
        throw e; // retried by the transfer like any network failure
      }
      throw new IntegrationException(FailureDomain.ENDPOINT, reason, "SFTP " + operation + " failed: "
          + SftpConstants.getStatusName(e.getStatus()), e);
    }
  }

  private ClientSession connect() throws IOException {
    ClientSession session = ssh.connect(user, host, port).verify(timeout).getSession();
    try {
      if (password != null) {
        session.addPasswordIdentity(password.reveal());
      }
      if (privateKey != null) {
        for (KeyPair key : SecurityUtils.loadKeyPairIdentities(session, () -> "private key of " + name,
            new ByteArrayInputStream(privateKey.utf8Bytes()), null)) {
          session.addPublicKeyIdentity(key);
        }
      }
      session.auth().verify(timeout);
      return session;
    } catch (IOException | java.security.GeneralSecurityException e) {
      var hostKeyFailure = hostKeys.failure(session, location());
      session.close(true);
      if (hostKeyFailure.isPresent()) {
        throw hostKeyFailure.get();
      }
      throw new IntegrationException(FailureDomain.CREDENTIAL, "AuthenticationFailed", "SFTP login of "
          + credentialId() + " at " + location() + " failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Stops the SSH client. */
  @Override
  public void close() {
    ssh.stop();
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

    public SftpTarget build() {
      return new SftpTarget(this);
    }
  }

  static java.security.PublicKey keyOf(KnownHostEntry entry) throws IOException {
    try {
      return entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException("unreadable known-hosts key: " + e.getMessage(), e);
    }
  }
}
