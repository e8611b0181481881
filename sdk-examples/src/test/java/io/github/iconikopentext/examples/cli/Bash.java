package io.github.iconikopentext.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs scripts in the machine's bash, for tests of the completion script; absent bash, tests are skipped. */
final class Bash {
  private Bash() {}

  /** The bash on the PATH, if there is one. */
  static Optional<Path> find() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "bash"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Runs {@code script} with {@code bash --norc --noprofile -c}; stdout and stderr are kept apart. */
  static CliRunner.Result run(Path bash, String script) throws IOException, InterruptedException {
    return run(bash, Path.of("").toAbsolutePath(), script);
  }

  /** {@link #run(Path, String)} in directory {@code workingDir}. */
  static CliRunner.Result run(Path bash, Path workingDir, String script) throws IOException, InterruptedException {
    Path err = Files.createTempFile("bash", ".err");
    try {
      Process process = new ProcessBuilder(bash.toString(), "--norc", "--noprofile", "-c", script)
          .directory(workingDir.toFile()).redirectError(err.toFile()).start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("bash did not finish within 60 s: " + script);
      }
      return new CliRunner.Result(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /**
   * A bash snippet that asks the completion function {@code _complete_iconik-opentext} what it offers after
   * {@code line} (which ends where TAB is pressed; a trailing space starts a new word) and prints the offers, one a line.
   */
  static String complete(String line) {
    return "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; read -r -a COMP_WORDS <<< \"$COMP_LINE\"; "
        + (line.endsWith(" ") ? "COMP_WORDS+=(''); " : "")
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _complete_iconik-opentext 2>/dev/null; "
        + "printf '%s\\n' \"${COMPREPLY[@]}\"";
  }
}
