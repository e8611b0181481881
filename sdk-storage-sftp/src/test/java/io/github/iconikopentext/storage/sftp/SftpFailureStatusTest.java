package io.github.iconikopentext.storage.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.status.Condition;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.StatusSnapshot;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What support sees in {@link IntegrationStatus} when an SFTP endpoint refuses a delivery: host-key and permission
 * and space problems are ENDPOINT failures with stable reasons, a refused login a CREDENTIAL one. The refusals come
 * from a real SSHD server (a changed host key, an unlisted host, a wrong password; a server whose file system
 * answers "permission denied", "quota exceeded" or "no space").
 */
class SftpFailureStatusTest {
  @TempDir
  static Path dir;

  static LocalSftp server;
  static IconikSimulator iconik;
  static IconikClient client;
  static String assetId;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(dir.resolve("root"));
    server = new LocalSftp(dir.resolve("root"), dir.resolve("host.key"));
    byte[] content = new byte[256 * 1024];
    new Random(5).nextBytes(content);
    iconik = IconikSimulator.start();
    assetId = iconik.seedAsset("Spot");
    iconik.seedFile(assetId, "spot.mxf", content);
    client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();
  }

  @AfterAll
  static void stop() throws IOException {
    iconik.close();
    server.close();
  }

  @Test
  void aChangedHostKey_isHostKeyMismatch() throws Exception {
    try (LocalSftp impostor = new LocalSftp(dir.resolve("root"), dir.resolve("impostor.key"))) {
      String staleLine = server.knownHostsLine().replace("]:" + server.port(), "]:" + impostor.port());
      StatusSnapshot status = deliver(SftpTarget.builder("127.0.0.1", impostor.port(), LocalSftp.USER)
          .password("env:SFTP_PASSWORD", SftpTargetTest.SECRETS).knownHosts(staleLine));

      assertEndpointFailure(status, "HostKeyMismatch");
    }
  }

  @Test
  void aHostNoKnownHostsLineNames_isHostKeyUnknown() throws Exception {
    StatusSnapshot status = deliver(SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
        .password("env:SFTP_PASSWORD", SftpTargetTest.SECRETS));

    assertEndpointFailure(status, "HostKeyUnknown");
  }

  @Test
  void aRefusedLogin_isACredentialProblem_AuthenticationFailed() throws Exception {
    SecretResolvers wrong = SecretResolvers.builder().environment(Map.of("SFTP_PASSWORD", "not-it")).build();
    StatusSnapshot status = deliver(SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
        .password("env:SFTP_PASSWORD", wrong).knownHosts(server.knownHostsLine()));

    assertThat(status.recentFailures()).first().satisfies(entry -> {
      assertThat(entry.failure().domain()).isEqualTo(FailureDomain.CREDENTIAL);
      assertThat(entry.failure().reason()).isEqualTo("AuthenticationFailed");
      assertThat(entry.failure().message()).contains("partner@127.0.0.1").doesNotContain("not-it");
    });
    assertThat(status.credentialProblems()).hasSize(1);
    assertThat(condition(status, IntegrationStatus.CREDENTIALS_VALID).status()).isEqualTo(Condition.Status.FALSE);
    assertThat(condition(status, IntegrationStatus.TRANSFERS_HEALTHY).reason()).isEqualTo("AuthenticationFailed");
  }

  @Test
  void aDirectoryTheUserMayNotWrite_isAccessDenied() throws Exception {
    SftpEventListener denying = new SftpEventListener() {
      @Override
      public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
        if (localHandle instanceof FileHandle) {
          throw new AccessDeniedException(localHandle.getFile().toString());
        }
      }
    };
    assertEndpointFailure(deliverTo(denying), "AccessDenied");
  }

  @Test
  void aFullQuota_orAFullDisk_isQuotaExceeded() throws Exception {
    assertEndpointFailure(deliverTo(refusingWrites(SftpConstants.SSH_FX_QUOTA_EXCEEDED)), "QuotaExceeded");
    assertEndpointFailure(deliverTo(refusingWrites(SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM)), "QuotaExceeded");
  }

  private static SftpEventListener refusingWrites(int status) {
    return new SftpEventListener() {
      @Override
      public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
          byte[] data, int dataOffset, int dataLen) throws IOException {
        throw new SftpException(status, SftpConstants.getStatusName(status));
      }
    };
  }

  /** A delivery to a server whose SFTP subsystem runs {@code listener}. */
  private static StatusSnapshot deliverTo(SftpEventListener listener) throws Exception {
    Path root = Files.createTempDirectory(dir, "root");
    try (LocalSftp refusing = new LocalSftp(root, dir.resolve("refusing.key"), listener)) {
      return deliver(SftpTarget.builder("127.0.0.1", refusing.port(), LocalSftp.USER)
          .password("env:SFTP_PASSWORD", SftpTargetTest.SECRETS).knownHosts(refusing.knownHostsLine()));
    }
  }

  private static StatusSnapshot deliver(SftpTarget.Builder builder) {
    IntegrationStatus status = new IntegrationStatus(Clock.systemUTC(), 10);
    try (SftpTarget target = builder.directory("outbox").build()) {
      assertThatThrownBy(() -> AssetTransfer.builder(client).status(status).maxAttempts(1).build()
          .transfer(assetId, "ORIGINAL", target));
    }
    return status.snapshot();
  }

  private static void assertEndpointFailure(StatusSnapshot status, String reason) {
    assertThat(status.recentFailures()).first().satisfies(entry -> {
      assertThat(entry.failure().domain()).isEqualTo(FailureDomain.ENDPOINT);
      assertThat(entry.failure().reason()).isEqualTo(reason);
      assertThat(entry.failure().message()).startsWith("SFTP ").doesNotContain(LocalSftp.PASSWORD);
    });
    Condition transfers = condition(status, IntegrationStatus.TRANSFERS_HEALTHY);
    assertThat(transfers.status()).isEqualTo(Condition.Status.FALSE);
    assertThat(transfers.reason()).isEqualTo(reason);
    assertThat(status.credentialProblems()).as("an endpoint problem, not a credential one").isEmpty();
  }

  private static Condition condition(StatusSnapshot status, String type) {
    return status.conditions().stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow();
  }
}
