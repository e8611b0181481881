package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with its own environment variables and captured output; retries never wait. */
public final class CliRunner {
  public final Map<String, String> env = new HashMap<>();
  private final Path configDir;
  public boolean terminal;

  public CliRunner(Path configDir) {
    this.configDir = configDir;
  }

  /** Points the OpenText settings at {@code simulator}. */
  public CliRunner openText(OpenTextSimulator simulator) {
    env.put("OPENTEXT_BASE_URL", simulator.baseUrl());
    env.put("OPENTEXT_TENANT_ID", simulator.tenantId());
    env.put("OPENTEXT_CLIENT_ID", simulator.clientId());
    env.put("OPENTEXT_CLIENT_SECRET", simulator.clientSecret());
    return this;
  }

  /** Points the iconik settings at {@code simulator}. */
  public CliRunner iconik(IconikSimulator simulator) {
    env.put("ICONIK_BASE_URL", simulator.baseUrl().toString());
    env.put("ICONIK_APP_ID", simulator.appId());
    env.put("ICONIK_AUTH_TOKEN", simulator.authToken());
    return this;
  }

  public Result run(String... args) {
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
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
