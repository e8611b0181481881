package io.github.iconikopentext.storage.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftpTargetTest {
  private static final int MIB = 1 << 20;
  static final SecretResolvers SECRETS = SecretResolvers.builder()
      .environment(Map.of("SFTP_PASSWORD", LocalSftp.PASSWORD)).build();

  @TempDir
  static Path dir;

  static LocalSftp server;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(dir.resolve("root"));
    server = new LocalSftp(dir.resolve("root"), dir.resolve("host.key"));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static SftpTarget.Builder target() throws Exception {
    return SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
        .password("env:SFTP_PASSWORD", SECRETS).knownHosts(server.knownHostsLine()).directory("outbox");
  }

  @Test
  void assetTransfer_deliversUnderATemporaryName_thenRenamesIntoPlace_verified() throws Exception {
    byte[] content = random(3 * MIB + 17, 1);
    try (IconikSimulator iconik = IconikSimulator.start(); SftpTarget target = target().name("partner").build()) {
      String assetId = iconik.seedAsset("Spot");
      iconik.seedFile(assetId, "spot.mxf", content);
      IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();

      TransferResult outcome = AssetTransfer.builder(client).build().transfer(assetId, "ORIGINAL", target);

      Path landed = server.root.resolve("outbox").resolve(assetId).resolve("spot.mxf");
      assertThat(outcome.record().location())
          .isEqualTo("sftp://127.0.0.1:" + server.port() + "/outbox/" + assetId + "/spot.mxf");
      assertThat(Files.readAllBytes(landed)).isEqualTo(content);
      try (var files = Files.list(landed.getParent())) {
        assertThat(files).as("no part file left").containsExactly(landed);
      }
    }
  }

  @Test
  void anInterruptedUpload_resumesFromTheRemoteSize_andIsVerifiedEndToEnd() throws Exception {
    byte[] content = random(4 * MIB, 2);
    TransferItem item = item("asset-resume", "feature.mxf");
    try (SftpTarget target = target().build()) {
      assertThatThrownBy(() -> target.write(item, failingAfter(content, 3 * MIB), 0))
          .isInstanceOf(IOException.class);
      long offset = target.resumeOffset(item);
      assertThat(offset).isPositive().isLessThanOrEqualTo(3 * MIB);
      try (InputStream written = target.openWritten(item)) {
        assertThat(written.readNBytes((int) offset)).isEqualTo(Arrays.copyOf(content, (int) offset));
      }

      String handle = target.write(item, new ByteArrayInputStream(content, (int) offset,
          content.length - (int) offset), offset);
      String location = target.commit(item, handle, verified(content));

      assertThat(Files.readAllBytes(server.root.resolve("outbox/asset-resume/feature.mxf"))).isEqualTo(content);
      assertThat(target.commit(item, handle, verified(content))).as("a repeated commit").isEqualTo(location);
    }
  }

  @Test
  void aRemoteFileThatDiffersFromWhatWasSent_failsTheCommit_andStaysUnderItsTemporaryName() throws Exception {
    byte[] content = random(MIB, 3);
    TransferItem item = item("asset-bad", "x.mxf");
    try (SftpTarget target = target().build()) {
      String handle = target.write(item, new ByteArrayInputStream(content), 0);
      byte[] other = content.clone();
      other[100] ^= 1;
      assertThatThrownBy(() -> target.commit(item, handle, verified(other)))
          .isInstanceOfSatisfying(IntegrationException.class, e -> assertThat(e.reason()).isEqualTo("ChecksumMismatch"));
      assertThat(server.root.resolve("outbox/asset-bad/x.mxf")).doesNotExist();
      target.abort(item);
      assertThat(target.resumeOffset(item)).isZero();
    }
  }

  @Test
  void anUnknownHost_isRefused_unlessConfigured() throws Exception {
    try (SftpTarget target = SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
        .password("env:SFTP_PASSWORD", SECRETS).build()) {
      assertThatThrownBy(() -> target.prepare(item("a", "x.mxf")))
          .isInstanceOfSatisfying(IntegrationException.class, e -> {
            assertThat(e.domain().name()).isEqualTo("ENDPOINT");
            assertThat(e.reason()).isEqualTo("HostKeyUnknown");
          });
    }
    try (SftpTarget target = SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
        .password("env:SFTP_PASSWORD", SECRETS).acceptUnknownHosts(true).build()) {
      target.prepare(item("a", "x.mxf"));
    }
  }

  @Test
  void aChangedHostKey_isRefusedAsAMismatch() throws Exception {
    try (LocalSftp impostor = new LocalSftp(dir.resolve("root"), dir.resolve("other.key"));
        SftpTarget target = SftpTarget.builder("127.0.0.1", impostor.port(), LocalSftp.USER)
            .password("env:SFTP_PASSWORD", SECRETS)
            .knownHosts(server.knownHostsLine().replace("]:" + server.port(), "]:" + impostor.port()))
            .acceptUnknownHosts(true).build()) {
      assertThatThrownBy(() -> target.prepare(item("a", "x.mxf")))
          .isInstanceOfSatisfying(IntegrationException.class, e -> assertThat(e.reason()).isEqualTo("HostKeyMismatch"));
    }
  }

  @Test
  void literalSecretsAndTraversal_areRefused_withoutShowingTheSecret() throws Exception {
    assertThatThrownBy(() -> SftpTarget.builder("h", 22, "u").password(LocalSftp.PASSWORD, SECRETS))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining(LocalSftp.PASSWORD);
    try (SftpTarget target = target().build()) {
      assertThatThrownBy(() -> target.prepare(item("a", "../../etc/passwd")))
          .isInstanceOf(ConfigurationException.class);
      assertThatThrownBy(() -> target.prepare(item("..", "x.mxf"))).isInstanceOf(ConfigurationException.class);
    }
    assertThatThrownBy(() -> target().directory("outbox/../..")).isInstanceOf(ConfigurationException.class);
  }

  @Test
  void aWrongPassword_isACredentialFailure() throws Exception {
    SecretResolvers wrong = SecretResolvers.builder().environment(Map.of("SFTP_PASSWORD", "nope")).build();
    try (SftpTarget target = SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
        .password("env:SFTP_PASSWORD", wrong).knownHosts(server.knownHostsLine()).build()) {
      assertThatThrownBy(() -> target.prepare(item("a", "x.mxf")))
          .isInstanceOfSatisfying(IntegrationException.class, e -> {
            assertThat(e.domain().name()).isEqualTo("CREDENTIAL");
            assertThat(e.reason()).isEqualTo("AuthenticationFailed");
          });
    }
  }

  static TransferItem item(String asset, String fileName) {
    return new TransferItem(new TransferId(asset, "file-1", "sftp"), fileName, -1, null, null);
  }

  static VerifiedContent verified(byte[] content) throws Exception {
    return new VerifiedContent(content.length, hex("SHA-256", content), hex("MD5", content));
  }

  static InputStream failingAfter(byte[] content, int limit) {
    return new InputStream() {
      int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (position >= limit) {
          throw new IOException("connection reset (test)");
        }
        int n = Math.min(Math.min(len, 256 * 1024), limit - position);
        System.arraycopy(content, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  static byte[] random(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  static String hex(String algorithm, byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
  }
}
