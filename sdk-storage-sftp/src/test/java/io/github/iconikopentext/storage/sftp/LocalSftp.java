package io.github.iconikopentext.storage.sftp;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** An SSHD SFTP server in this JVM on loopback (random port), user {@code partner}, files under {@code root}. */
final class LocalSftp implements AutoCloseable {
  static final String USER = "partner";
  static final String PASSWORD = "correct horse battery staple";
  final SshServer server;
  final Path root;

  LocalSftp(Path root, Path hostKey) throws IOException {
    this(root, hostKey, null);
  }

  /** With {@code listener} on the SFTP subsystem: it can refuse operations as a real server would. */
  LocalSftp(Path root, Path hostKey, SftpEventListener listener) throws IOException {
    this.root = root;
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
    server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
    SftpSubsystemFactory sftp = new SftpSubsystemFactory();
    if (listener != null) {
      sftp.addSftpEventListener(listener);
    }
    server.setSubsystemFactories(List.of(sftp));
    server.setFileSystemFactory(new VirtualFileSystemFactory(root));
    server.start();
  }

  int port() {
    return server.getPort();
  }

  /** This server's known-hosts line. */
  String knownHostsLine() throws Exception {
    PublicKey key = server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
    return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key);
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }
}
