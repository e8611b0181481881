package io.github.iconikopentext.benchmarks.targets;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import io.github.iconikopentext.storage.sftp.SftpTarget;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same file to an in-process SSHD SFTP server on loopback: {@code sdkSftpTarget} ({@link SftpTarget}: host-key
 * check, part file, upload, server-side SHA-256 verification, atomic rename) against {@code rawSshdUpload} (MINA
 * SSHD's own {@code SftpClient.write} stream, nothing else). One operation moves the whole file.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class SftpTargetBenchmark {
  @Param("128")
  int mebibytes;

  private Path dir;
  private Path source;
  private VerifiedContent verified;
  private SshServer server;
  private SshClient rawClient;
  private SftpTarget target;
  private int operation;

  @Setup(Level.Trial)
  public void start() throws Exception {
    dir = Files.createTempDirectory("sftp-bench");
    SourceFile file = SourceFile.write(dir.resolve("source.bin"), mebibytes);
    source = file.path();
    verified = file.verified();
    Files.createDirectories(dir.resolve("root"));
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host.key")));
    server.setPasswordAuthenticator((u, p, s) -> "bench".equals(u) && "bench-pw".equals(p));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(dir.resolve("root")));
    server.start();
    String knownHosts = "[127.0.0.1]:" + server.getPort() + " "
        + PublicKeyEntry.toString(server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic());
    target = SftpTarget.builder("127.0.0.1", server.getPort(), "bench").knownHosts(knownHosts)
        .password("env:PW", SecretResolvers.builder().environment(Map.of("PW", "bench-pw")).build()).build();
    rawClient = SshClient.setUpDefaultClient();
    rawClient.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    rawClient.start();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    target.close();
    rawClient.stop();
    server.stop(true);
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public String sdkSftpTarget() throws Exception {
    TransferItem item = new TransferItem(new TransferId("asset-" + operation++, "file", "bench"), "f.bin",
        verified.bytes(), null, null);
    try (InputStream in = Files.newInputStream(source)) {
      return target.commit(item, target.write(item, in, 0), verified);
    }
  }

  @Benchmark
  public long rawSshdUpload() throws Exception {
    try (ClientSession session = rawClient.connect("bench", "127.0.0.1", server.getPort()).verify(30_000)
        .getSession()) {
      session.addPasswordIdentity("bench-pw");
      session.auth().verify(30_000);
      try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
          OutputStream out = sftp.write("raw-" + operation++ + ".bin");
          InputStream in = Files.newInputStream(source)) {
        return in.transferTo(out);
      }
    }
  }
}
