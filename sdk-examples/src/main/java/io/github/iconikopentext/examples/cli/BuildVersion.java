package io.github.iconikopentext.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The CLI's {@code --version}: the project version Maven wrote into {@code build.properties} when it processed the
 * resources, so {@code mvn exec}, the demo profile and the packaged jar all report the version they were built as.
 * Stateless and thread-safe.
 */
final class BuildVersion implements IVersionProvider {
  static final String RESOURCE = "build.properties";

  /** The project version this CLI was built as, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath: build the CLI with Maven");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    String version = properties.getProperty("version", "");
    if (version.isBlank() || version.contains("${")) {
      throw new IllegalStateException(RESOURCE + " was not filtered by Maven: build the CLI with Maven");
    }
    return version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"iconik-opentext SDK CLI " + version()};
  }
}
