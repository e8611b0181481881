package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.storage.s3.S3Target;
import io.github.iconikopentext.storage.sftp.SftpTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code transfer --to s3://…|sftp://…}: endpoint, region, SFTP login and known hosts. */
final class RemoteTargetOptions {
  @Option(names = "--s3-endpoint", paramLabel = "URL",
      description = "An S3-compatible endpoint (MinIO, Wasabi, B2); implies path-style addressing.")
  URI s3Endpoint;

  @Option(names = "--s3-region", paramLabel = "REGION", defaultValue = "us-east-1",
      description = "The S3 region (default: ${DEFAULT-VALUE}). Credentials: the AWS SDK's default chain.")
  String s3Region;

  @Option(names = "--sftp-password", paramLabel = "REF",
      description = "The SFTP password as a secret reference, e.g. env:SFTP_PASSWORD.")
  String sftpPassword;

  @Option(names = "--sftp-key", paramLabel = "REF",
      description = "The SFTP private key as a secret reference, e.g. file:/run/secrets/id_ed25519.")
  String sftpKey;

  @Option(names = "--known-hosts", paramLabel = "FILE",
      description = "Known-hosts file the SFTP server's key must match (default: ~/.ssh/known_hosts).")
  Path knownHosts;

  /** The target {@code to} names: {@code s3://bucket/prefix} or {@code sftp://user@host[:port]/path}. */
  TransferTarget target(URI to, CliContext context) {
    String path = to.getPath() == null ? "" : to.getPath().replaceFirst("^/", "");
    if ("s3".equals(to.getScheme())) {
      S3Target.Builder b = S3Target.builder(to.getHost()).name("s3").prefix(path).region(s3Region);
      if (s3Endpoint != null) {
        b.endpoint(s3Endpoint).pathStyle(true);
      }
      return b.build();
    }
    if ("sftp".equals(to.getScheme())) {
      if (to.getUserInfo() == null) {
        throw new UsageException("--to sftp://USER@HOST/PATH needs a user");
      }
      SecretResolvers secrets = SecretResolvers.builder().environment(context.environment()).build();
      SftpTarget.Builder b = SftpTarget.builder(to.getHost(), to.getPort() < 0 ? 22 : to.getPort(),
          to.getUserInfo()).name("sftp").directory(path);
      if (sftpPassword != null) {
        b.password(sftpPassword, secrets);
      }
      if (sftpKey != null) {
        b.privateKey(sftpKey, secrets);
      }
      Path hosts = knownHosts != null ? knownHosts
          : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
      try {
        if (Files.isRegularFile(hosts)) {
          b.knownHosts(Files.readString(hosts));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + hosts, e);
      }
      return b.build();
    }
    throw new UsageException("--to must be s3://BUCKET/PREFIX or sftp://USER@HOST/PATH, was " + to.getScheme()
        + "://…");
  }
}
