package io.github.iconikopentext.examples.demo;

import io.github.iconikopentext.integration.template.TemplateValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's files in a fresh temporary directory: its template and dev values (copied out of the jar), the archive
 * folder the template names, and the audit log unless {@code --audit-log} chose another path. The demo's template is
 * the one {@code iconik-opentext init} writes plus an S3 archive route, its target and its credential
 * ({@code DemoTemplateTest} holds the two together).
 */
final class DemoFiles {
  static final String TEMPLATE = "approved-media.json";
  static final String VALUES = "values-dev.json";
  /** The starter template of {@code iconik-opentext init} with an S3 archive added. */
  static final String RESOURCES = "/io/github/iconikopentext/examples/demo/";

  private final Path directory;
  private final Path auditLog;

  private DemoFiles(Path directory, Path auditLog) {
    this.directory = directory;
    this.auditLog = auditLog;
  }

  /** Creates the directory; {@code auditLog} is kept where it is when given. */
  static DemoFiles create(Path auditLog) {
    try {
      Path directory = Files.createTempDirectory("iconik-opentext-demo-");
      copy(TEMPLATE, directory);
      copy(VALUES, directory);
      Files.createDirectories(directory.resolve("archive"));
      return new DemoFiles(directory, auditLog != null ? auditLog : directory.resolve("audit.jsonl"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo's temporary files", e);
    }
  }

  Path template() {
    return directory.resolve(TEMPLATE);
  }

  /** The bundled values for the {@value DemoWorld#ENVIRONMENT} environment. */
  TemplateValues bundledValues() {
    return TemplateValues.read(DemoWorld.ENVIRONMENT, directory.resolve(VALUES));
  }

  Path archiveDir() {
    return directory.resolve("archive");
  }

  /** Where the S3 target writes when S3Mock is not on the classpath (the CLI jar). */
  Path bucketStandIn() {
    return directory.resolve("s3-stand-in");
  }

  Path auditLog() {
    return auditLog;
  }

  private static void copy(String resource, Path directory) throws IOException {
    try (InputStream in = DemoFiles.class.getResourceAsStream(RESOURCES + resource)) {
      if (in == null) {
        throw new IOException(resource + " is missing from the examples jar");
      }
      Files.copy(in, directory.resolve(resource));
    }
  }
}
