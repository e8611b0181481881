package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with its own environment variables and captured output. */
final class CliRunner {
  final Map<String, String> env = new HashMap<>();
  private final Path configDir;
  boolean terminal;

  CliRunner(Path configDir) {
    this.configDir = configDir;
  }

  /** Points the OpenText settings at {@code simulator}. */
  CliRunner openText(OpenTextSimulator simulator) {
    env.put("OPENTEXT_BASE_URL", simulator.baseUrl());
    env.put("OPENTEXT_TENANT_ID", simulator.tenantId());
    env.put("OPENTEXT_CLIENT_ID", simulator.clientId());
    env.put("OPENTEXT_CLIENT_SECRET", simulator.clientSecret());
    return this;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // Retries happen at once: no test waits for a back-off.
    HttpOptions http = HttpOptions.builder().sleeper(duration -> {})
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO)).build();
    int code = Cli.run(new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), env, terminal,
        configDir, http), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What one run gave. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
