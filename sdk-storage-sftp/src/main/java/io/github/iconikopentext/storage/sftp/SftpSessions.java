package io.github.iconikopentext.storage.sftp;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Authenticated SFTP sessions to one server as one user, each operation on a session of its own: host-key checking
 * ({@link HostKeys}), login by password or key, and the mapping of failures to stable reasons — host key
 * ({@code HostKeyMismatch}, {@code HostKeyUnknown}), login (CREDENTIAL {@code AuthenticationFailed}), permission
 * ({@code AccessDenied}) and space ({@code QuotaExceeded}). Other SFTP failures stay IOExceptions, retried by the
 * transfer like a network failure. Thread-safe.
 */
final class SftpSessions implements AutoCloseable {
  /** One operation on an open SFTP channel. */
  interface SftpCall<T> {
    T call(SftpClient sftp) throws IOException;
  }

  private final String name;
  private final String host;
  private final int port;
  private final String user;
  private final Secret password;
  private final Secret privateKey;
  private final Duration timeout;
  private final HostKeys hostKeys;
  private final SshClient ssh;

  SftpSessions(String name, String host, int port, String user, Secret password, Secret privateKey,
      Duration timeout, HostKeys hostKeys) {
    this.name = name;
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.privateKey = privateKey;
    this.timeout = timeout;
    this.hostKeys = hostKeys;
    this.ssh = SshClient.setUpDefaultClient();
    ssh.setServerKeyVerifier(hostKeys);
    ssh.start();
  }

  /** {@code sftp://host[:port]/path}. */
  String uri(String path) {
    return "sftp://" + host + (port == 22 ? "" : ":" + port) + "/" + path;
  }

  /** {@code user@host}: the credential's non-secret id. */
  String credentialId() {
    return user + "@" + host;
  }

  /** Runs {@code call} on a session of its own, mapping failures as the class describes. */
  <T> T run(String operation, SftpCall<T> call) throws IOException {
    try (ClientSession session = connect();
        SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
      return call.call(sftp);
    } catch (SftpException e) {
      String reason = switch (e.getStatus()) {
        case SftpConstants.SSH_FX_PERMISSION_DENIED, SftpConstants.SSH_FX_WRITE_PROTECT -> "AccessDenied";
        case SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM, SftpConstants.SSH_FX_QUOTA_EXCEEDED -> "QuotaExceeded";
        default -> null;
      };
      if (reason == null) {
        throw e;
      }
      throw new IntegrationException(FailureDomain.ENDPOINT, reason, "SFTP " + operation + " failed: "
          + SftpConstants.getStatusName(e.getStatus()), e);
    }
  }

  /** Reads {@code path}; closing the stream closes its session. */
  InputStream read(String path) throws IOException {
    ClientSession session = connect();
    SftpClient sftp;
    InputStream in;
    try {
      sftp = SftpClientFactory.instance().createSftpClient(session);
      in = sftp.read(path);
    } catch (IOException | RuntimeException e) {
      session.close(true);
      throw e;
    }
    return new FilterInputStream(in) {
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
    } catch (IOException | GeneralSecurityException e) {
      var hostKeyFailure = hostKeys.failure(session, uri(""));
      session.close(true);
      if (hostKeyFailure.isPresent()) {
        throw hostKeyFailure.get();
      }
      throw new IntegrationException(FailureDomain.CREDENTIAL, "AuthenticationFailed", "SFTP login of "
          + credentialId() + " at " + uri("") + " failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Stops the SSH client. */
  @Override
  public void close() {
    ssh.stop();
  }
}
