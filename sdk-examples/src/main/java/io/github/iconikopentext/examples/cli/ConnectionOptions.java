package io.github.iconikopentext.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command that talks to iconik or OpenText finds its settings: a picocli mixin. */
public final class ConnectionOptions {

  @Option(names = "--env-file", paramLabel = "FILE",
      description = "Settings as KEY=VALUE lines with the environment variables' names; they win over the environment.")
  Path envFile;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Take the endpoints from environment NAME of environments.properties and the credentials from "
          + "profile [NAME] of the credentials file, both in ~/.iconik-opentext.")
  String profile;

  /** Whether the settings come from an env file or a profile rather than only the environment. */
  public boolean configured() {
    return envFile != null || profile != null;
  }
}
