package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code transfer --to sftp://…} against an in-process SSHD SFTP server. */
class TransferToRemoteCommandTest {
  private static final byte[] CONTENT = new byte[1 << 20];

  @TempDir
  Path dir;
  private Simulators sims;
  private SshServer sftp;
  private String assetId;

  @BeforeEach
  void start() throws Exception {
    Arrays.fill(CONTENT, (byte) 3);
    sims = Simulators.start();
    assetId = sims.iconik.seedAsset("Promo");
    sims.iconik.seedFile(assetId, "promo.mp4", CONTENT);
    Files.createDirectories(dir.resolve("drop"));
    sftp = SshServer.setUpDefaultServer();
    sftp.setHost("127.0.0.1");
    sftp.setPort(0);
    sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host.key")));
    sftp.setPasswordAuthenticator((user, password, session) -> "partner".equals(user) && "pw-123".equals(password));
    sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    sftp.setFileSystemFactory(new VirtualFileSystemFactory(dir.resolve("drop")));
    sftp.start();
  }

  @AfterEach
  void stop() throws Exception {
    sftp.stop(true);
    sims.close();
  }

  @Test
  void toSftp_deliversTheVerifiedFile_checkingTheHostKey() throws Exception {
    PublicKey key = sftp.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
    Path knownHosts = Files.writeString(dir.resolve("known_hosts"),
        "[127.0.0.1]:" + sftp.getPort() + " " + PublicKeyEntry.toString(key) + "\n");
    CliRunner cli = sims.runner(dir);
    cli.env.put("SFTP_PASSWORD", "pw-123");

    CliRunner.Result r = cli.run("transfer", assetId, "--to", "sftp://partner@127.0.0.1:" + sftp.getPort() + "/in",
        "--sftp-password", "env:SFTP_PASSWORD", "--known-hosts", knownHosts.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("-> sftp sftp://127.0.0.1:" + sftp.getPort() + "/in/" + assetId + "/promo.mp4");
    assertThat(Files.readAllBytes(dir.resolve("drop/in").resolve(assetId).resolve("promo.mp4"))).isEqualTo(CONTENT);
  }

  @Test
  void toSftp_refusesAnUnknownHost() {
    CliRunner cli = sims.runner(dir);
    cli.env.put("SFTP_PASSWORD", "pw-123");

    CliRunner.Result r = cli.run("transfer", assetId, "--to", "sftp://partner@127.0.0.1:" + sftp.getPort() + "/in",
        "--sftp-password", "env:SFTP_PASSWORD", "--known-hosts", dir.resolve("none").toString());

    assertThat(r.exitCode()).as(r.toString()).isNotZero();
    assertThat(r.err()).contains("is not in known hosts", "refused").doesNotContain("pw-123");
    assertThat(dir.resolve("drop/in")).doesNotExist();
  }
}
