package io.github.iconikopentext.examples.cli;

import java.io.EOFException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Runs the CLI in-process: parses the arguments, runs the command against a {@link CliContext} and returns the exit
 * code (see {@link ExitCodes}) instead of exiting, so tests can run every subcommand. Errors are printed to the
 * context's stderr as {@code error: <message>} — messages of the SDK never contain secrets — without stack traces.
 */
public final class Cli {
  private Cli() {}

  /** Runs {@code args} in {@code context} and returns the exit code. */
  public static int run(CliContext context, String... args) {
    try {
      return commandLine(context).execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** The whole command tree, configured as {@link #run} runs it. */
  static CommandLine commandLine(CliContext context) {
    return new CommandLine(RootCommand.class, new ContextFactory(context))
        .setOut(context.out())
        .setErr(context.err())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((failure, command, parseResult) -> {
          command.getErr().println("error: " + describe(failure));
          return ExitCodes.of(failure);
        });
  }

  /**
   * The message, or — for the JDK's terse file and parsing exceptions, which commands normally translate with
   * {@link CliFiles} — a sentence saying what went wrong: never just a path or {@code Input length = 1}.
   */
  static String describe(Throwable failure) {
    if (failure instanceof NoSuchFileException e) {
      return "no such file: " + e.getFile();
    }
    if (failure instanceof AccessDeniedException e) {
      return "permission denied: " + e.getFile();
    }
    if (failure instanceof FileSystemException e) {
      return e.getFile() + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
    }
    if (failure instanceof CharacterCodingException) {
      return "a file given to this command is not UTF-8 text";
    }
    if (failure instanceof EOFException) {
      return "unexpected end of input: a file given to this command is empty or cut off";
    }
    if (failure instanceof UncheckedIOException e && e.getCause() != null
        && (e.getMessage() == null || e.getMessage().equals(e.getCause().getMessage()))) {
      return describe(e.getCause());
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  /** Gives commands that want it the run's context through their {@code (CliContext)} constructor. */
  private static final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;

    ContextFactory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
        constructor.setAccessible(true);
        return constructor.newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
