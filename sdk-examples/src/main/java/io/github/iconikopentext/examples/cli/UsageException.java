package io.github.iconikopentext.examples.cli;

/** The command line asks for something that cannot be done as given; exit code {@value ExitCodes#USAGE}. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
