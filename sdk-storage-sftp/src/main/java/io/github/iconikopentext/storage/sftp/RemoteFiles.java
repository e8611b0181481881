package io.github.iconikopentext.storage.sftp;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.extensions.CheckFileNameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/** File operations on an open SFTP channel that SFTP has no single request for. Stateless. */
final class RemoteFiles {
  private static final int CHUNK = 1 << 20;

  private RemoteFiles() {}

  /** The attributes of {@code path}, or null when there is no such file. */
  static SftpClient.Attributes statOrNull(SftpClient sftp, String path) throws IOException {
    try {
      return sftp.stat(path);
    } catch (SftpException e) {
      if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
        return null;
      }
      throw e;
    }
  }

  /** Creates {@code dir} and its missing parents ({@code a/b/c}); the empty path is the login directory. */
  static void mkdirs(SftpClient sftp, String dir) throws IOException {
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

  /** The directory part of {@code path} ({@code ""} when it has none). */
  static String parentOf(String path) {
    return path.substring(0, Math.max(path.lastIndexOf('/'), 0));
  }

  /** SHA-256 of the remote file: by the server's check-file extension where offered, else by reading it back. */
  static String sha256(SftpClient sftp, String path) throws IOException {
    CheckFileNameExtension checkFile = sftp.getExtension(CheckFileNameExtension.class);
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
}
