package io.github.iconikopentext.examples.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the files named on the command line. Every failure is a {@link UsageException} (exit
 * {@value ExitCodes#USAGE}) that says which option, which file and what is wrong — "no such file", "is a
 * directory", "is not UTF-8 text (byte 0xFF at offset 0)", "is empty", "is not valid JSON: …" — never a bare
 * exception message such as {@code /nonexistent} or {@code Input length = 1}.
 */
final class CliFiles {
  private CliFiles() {}

  /** The bytes of {@code file}, given as {@code option}. */
  static byte[] readBytes(String option, Path file) {
    if (Files.isDirectory(file)) {
      throw problem(option, file, "is a directory, not a file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw unreadable(option, file, e);
    }
  }

  /** The text of {@code file}, which must be UTF-8. */
  static String readText(String option, Path file) {
    byte[] bytes = readBytes(option, file);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw problem(option, file, String.format("is not UTF-8 text (byte 0x%02X at offset %d)",
          bytes[in.position()] & 0xff, in.position()));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * The JSON value in {@code file}, read with {@code adapter}.
   *
   * @param expected what the file should hold, for messages, e.g. {@code a JSON object}
   */
  static <T> T readJson(String option, Path file, JsonAdapter<T> adapter, String expected) {
    String text = readText(option, file);
    if (text.isBlank()) {
      throw problem(option, file, "is empty; expected " + expected);
    }
    T value;
    try {
      value = adapter.fromJson(text);
    } catch (EOFException e) {
      throw problem(option, file, "ends in the middle of its JSON (cut off?); expected " + expected);
    } catch (JsonEncodingException | JsonDataException e) {
      throw problem(option, file, "is not " + expected + ": " + e.getMessage());
    } catch (IOException e) {
      throw unreadable(option, file, e);
    }
    if (value == null) {
      throw problem(option, file, "holds null; expected " + expected);
    }
    return value;
  }

  /** Checks that {@code file} exists and is readable UTF-8 text, for readers that take a path. */
  static void requireText(String option, Path file) {
    readText(option, file);
  }

  static UsageException unreadable(String option, Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return problem(option, file, "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return problem(option, file, "permission denied");
    }
    String message = e.getMessage();
    return problem(option, file, "cannot be read (" + e.getClass().getSimpleName()
        + (message == null || message.equals(file.toString()) ? "" : ": " + message) + ")");
  }

  private static UsageException problem(String option, Path file, String what) {
    return new UsageException(option + " " + file + ": " + what);
  }
}
