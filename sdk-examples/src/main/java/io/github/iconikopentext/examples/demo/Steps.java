package io.github.iconikopentext.examples.demo;

import io.github.iconikopentext.examples.cli.ExitCodes;
import java.io.PrintWriter;

/**
 * Runs the demo's numbered steps in order and prints them readably: a title line per step, indented detail lines,
 * and at the first failure a {@code FAILED} line, after which no further step runs. Not thread-safe.
 */
final class Steps {
  /** One step's work; it prints through {@link Steps#detail(String)} and throws when something is not as it must be. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  /** The indent of a step's detail lines. */
  static final String INDENT = "      ";

  private final PrintWriter out;
  private final int total;
  private int number;
  private int exitCode = ExitCodes.OK;

  Steps(PrintWriter out, int total) {
    this.out = out;
    this.total = total;
  }

  /** Runs {@code step} unless an earlier one failed; returns whether all steps so far succeeded. */
  boolean run(String title, Step step) {
    number++;
    if (exitCode != ExitCodes.OK) {
      return false;
    }
    out.println("[" + number + "/" + total + "] " + title);
    try {
      step.run();
      return true;
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      out.println(INDENT + "FAILED: " + message);
      exitCode = e instanceof CheckFailed ? ExitCodes.FAILED : Math.max(ExitCodes.FAILED, ExitCodes.of(e));
      return false;
    } finally {
      out.flush();
    }
  }

  /** Prints a detail line of the current step. */
  void detail(String line) {
    out.println(INDENT + line);
  }

  /** Fails the current step with {@code message} unless {@code condition} holds. */
  static void check(boolean condition, String message) {
    if (!condition) {
      throw new CheckFailed(message);
    }
  }

  /** {@link ExitCodes#OK} when every step succeeded, else the code of the failure. */
  int exitCode() {
    return exitCode;
  }

  /** A step found something other than what the story must show. */
  static final class CheckFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CheckFailed(String message) {
      super(message);
    }
  }
}
