package io.github.iconikopentext.examples.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr for long operations, redrawn in place — only when stderr is a terminal, so pipes, files
 * and CI logs get none of it. Not thread-safe: one operation draws it.
 */
public final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final boolean enabled;
  private int width;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A progress line for a command running in {@code context}. */
  public static Progress of(CliContext context) {
    return new Progress(context.err(), context.terminal());
  }

  /** Replaces the line with {@code text}. */
  public void show(String text) {
    if (!enabled) {
      return;
    }
    err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
    err.flush();
    width = text.length();
  }

  /** Clears the line. */
  @Override
  public void close() {
    if (enabled && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
