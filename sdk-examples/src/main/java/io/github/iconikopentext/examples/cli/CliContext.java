package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.http.HttpOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a CLI run sees of the world: where output goes, the environment variables, whether stderr is a terminal (for
 * progress lines) and the home directory holding profiles. Tests build one with their own streams and variables, so
 * the CLI runs in-process without touching the real environment.
 *
 * @param out standard output: results
 * @param err standard error: errors and progress
 * @param environment the environment variables
 * @param terminal whether progress may be drawn on {@code err}
 * @param configDir the directory with {@code environments.properties} and {@code credentials} for {@code --profile}
 * @param httpOptions the transport options of every client the CLI builds
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean terminal,
    Path configDir, HttpOptions httpOptions) {

  public CliContext {
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(configDir, "configDir == null");
    Objects.requireNonNull(httpOptions, "httpOptions == null");
  }

  /** The real process: {@code System.out}/{@code System.err}, its environment, {@code ~/.iconik-opentext}. */
  public static CliContext system() {
    return new CliContext(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv(), System.console() != null,
        Path.of(System.getProperty("user.home"), ".iconik-opentext"), HttpOptions.defaults());
  }
}
