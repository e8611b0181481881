package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.integration.mapping.MetadataMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code init DIR}: writes a new team's starting points — the files docs/starter-files.md shows, from the same
 * resources: a commented environments file (dev/test/prod), a credentials file of secret references, the integration
 * template with a values file per environment, and the media-governance mapping spec to adapt. Never overwrites a
 * file unless {@code --force} is given.
 */
@Command(name = "init", description = {
    "Writes a new project's starting points into DIR: environments, credentials, template, values, mapping spec.",
    "environments.properties (iconik and OpenText, dev/test/prod), credentials (secret references, never values),",
    "the integration template approved-media.json with values-dev/test/prod.json, and mapping-spec.json.",
    "Fill in the blanks their comments name (docs/starter-files.md); existing files are kept unless --force."})
final class InitCommand implements Callable<Integer> {
  static final String MAPPING_SPEC = "mapping-spec.json";
  /** The files written, in order, as in docs/starter-files.md. */
  static final List<String> FILES = List.of("environments.properties", "credentials", "approved-media.json",
      "values-dev.json", "values-test.json", "values-prod.json", MAPPING_SPEC);
  private static final String RESOURCES = "/io/github/iconikopentext/examples/cli/init/";
  private static final String MAPPING_SPEC_RESOURCE = "/io/github/iconikopentext/integration/mapping/"
      + MetadataMapper.MEDIA_GOVERNANCE + ".json";

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory to write into (created if missing).")
  Path directory;

  @Option(names = "--force", description = "Overwrite files that already exist.")
  boolean force;

  InitCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UsageException("DIR " + directory + ": is a file, not a directory");
    }
    List<String> existing = new ArrayList<>();
    for (String name : FILES) {
      if (!force && Files.exists(directory.resolve(name))) {
        existing.add(name);
      }
    }
    if (!existing.isEmpty()) {
      throw new UsageException("DIR " + directory + ": already has " + String.join(", ", existing)
          + "; nothing was written (--force overwrites)");
    }
    try {
      Files.createDirectories(directory);
      for (String name : FILES) {
        write(name, directory.resolve(name));
        context.out().println("wrote " + directory.resolve(name));
      }
    } catch (IOException e) {
      throw new UsageException("DIR " + directory + ": cannot write (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")");
    }
    context.out().println("next: fill in the empty values of environments.properties and credentials (their"
        + " comments say what goes there), then: template validate --template " + directory.resolve(FILES.get(2))
        + " --values " + directory.resolve(FILES.get(3)));
    return ExitCodes.OK;
  }

  /** The content {@code init} writes as {@code name}. */
  static byte[] content(String name) {
    String resource = name.equals(MAPPING_SPEC) ? MAPPING_SPEC_RESOURCE : RESOURCES + name;
    try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the CLI jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name, Path file) throws IOException {
    byte[] bytes = content(name);
    if (force) {
      Files.write(file, bytes);
    } else {
      try {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        throw new UsageException("DIR " + directory + ": " + name + " appeared while writing; --force overwrites");
      }
    }
  }
}
