package io.github.iconikopentext.testkit.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link HostileServer} sends back for one request: status, headers, a body (given or generated), and how
 * it is delivered — at once or dripped, on a connection kept alive, closed after the answer with
 * {@code Connection: close}, or closed the HTTP/1.0 way without saying so — or no answer at all. Built from the
 * static factories and refined with the modifiers, each of which returns a new answer. Immutable and thread-safe.
 */
public final class Answer {
  /** How the connection fares after the answer. */
  public enum Closing {
    /** HTTP/1.1, kept alive for the next request. */
    KEEP_ALIVE,
    /** HTTP/1.1 with {@code Connection: close}, then closed. */
    CONNECTION_CLOSE,
    /** An {@code HTTP/1.0} status line without a {@code Connection} header, then closed. */
    HTTP_1_0,
    /**
     * HTTP/1.1 with {@code Connection: close} and no {@code Content-Length}: the body ends where the server closes
     * the connection, so the client cannot know its length in advance.
     */
    UNTIL_CLOSE
  }

  private static final byte[] NOTHING = new byte[0];

  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] prefix;
  private final byte[] unit;
  private final long repetitions;
  /** {@code unit} repeated to about 64 KiB, to copy the repetitions from in large pieces. */
  private final byte[] tile;
  private final byte[] suffix;
  private final Duration drip;
  private final Closing closing;
  private final boolean silent;

  private Answer(int status, List<Map.Entry<String, String>> headers, byte[] prefix, byte[] unit, long repetitions,
      byte[] suffix, Duration drip, Closing closing, boolean silent) {
    this.status = status;
    this.headers = List.copyOf(headers);
    this.prefix = prefix;
    this.unit = unit;
    this.repetitions = repetitions;
    this.tile = unit.length == 0 ? unit : tile(unit);
    this.suffix = suffix;
    this.drip = drip;
    this.closing = closing;
    this.silent = silent;
  }

  private static Answer body(int status, String contentType, byte[] body) {
    List<Map.Entry<String, String>> headers = contentType == null ? List.of()
        : List.of(Map.entry("Content-Type", contentType));
    return new Answer(status, headers, body, NOTHING, 0, NOTHING, Duration.ZERO, Closing.KEEP_ALIVE, false);
  }

  /** 200 with {@code json} as {@code application/json}. */
  public static Answer json(String json) {
    return json(200, json);
  }

  /** {@code status} with {@code json} as {@code application/json}. */
  public static Answer json(int status, String json) {
    return body(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code status} with a body of the given content type. */
  public static Answer text(int status, String contentType, String body) {
    return body(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code status} with {@code body} as it is (e.g. gzip-compressed, with a {@code Content-Encoding} header). */
  public static Answer bytes(int status, String contentType, byte[] body) {
    return body(status, contentType, body.clone());
  }

  /** {@code status} with an empty body. */
  public static Answer status(int status) {
    return body(status, null, new byte[0]);
  }

  /** A redirect: {@code status} (301, 302, 303, 307, 308…) with {@code Location: location} and an empty body. */
  public static Answer redirect(int status, String location) {
    return status(status).header("Location", location);
  }

  /**
   * 200 {@code application/json} whose body is {@code prefix}, then {@code unit} {@code repetitions} times, then
   * {@code suffix}, generated as it is sent (the server holds none of it), with its {@code Content-Length}. For
   * example {@code huge("{\"objects\": [], \"junk\": [", "0,", 50 << 20, "0]}")}: 100 MiB of valid JSON in
   * small tokens; {@code huge("{\"junk\": \"", "x", 100 << 20, "\"}")}: one 100 MiB string.
   */
  public static Answer huge(String prefix, String unit, long repetitions, String suffix) {
    if (repetitions < 0 || unit.isEmpty()) {
      throw new IllegalArgumentException("repetitions must be >= 0 and unit not empty");
    }
    return new Answer(200, List.of(Map.entry("Content-Type", "application/json")),
        prefix.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8), repetitions,
        suffix.getBytes(StandardCharsets.UTF_8), Duration.ZERO, Closing.KEEP_ALIVE, false);
  }

  /**
   * No answer: the request is read in full (so it may have been processed), then the connection is closed without
   * a byte sent back.
   */
  public static Answer silence() {
    return new Answer(0, List.of(), NOTHING, NOTHING, 0, NOTHING, Duration.ZERO, Closing.CONNECTION_CLOSE,
        true);
  }

  /**
   * An OAuth 2.0 token response for a bearer token {@code accessToken} whose {@code expires_in} is
   * {@code expiresInJson} exactly as written into the JSON ({@code "3600"}, {@code "0"}, {@code "-5"},
   * {@code "9223372036854775807"}, {@code "\"3600\""}, {@code "1e30"}, {@code "null"}…).
   */
  public static Answer token(String accessToken, String expiresInJson) {
    return json("{\"access_token\": \"" + accessToken + "\", \"token_type\": \"Bearer\", \"expires_in\": "
        + expiresInJson + "}");
  }

  /** This answer with status {@code status} instead. */
  public Answer withStatus(int status) {
    return new Answer(status, headers, prefix, unit, repetitions, suffix, drip, closing, silent);
  }

  /** This answer with one more header. */
  public Answer header(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new Answer(status, more, prefix, unit, repetitions, suffix, drip, closing, silent);
  }

  /** This answer with its body sent one byte at a time, {@code interval} apart (the headers go out at once). */
  public Answer dripped(Duration interval) {
    return new Answer(status, headers, prefix, unit, repetitions, suffix, Objects.requireNonNull(interval),
        closing, silent);
  }

  /** This answer followed by closing the connection, announced with {@code Connection: close}. */
  public Answer connectionClose() {
    return closing(Closing.CONNECTION_CLOSE);
  }

  /** This answer as HTTP/1.0 without a {@code Connection} header, after which the server closes the connection. */
  public Answer http10() {
    return closing(Closing.HTTP_1_0);
  }

  /** This answer without {@code Content-Length}, its end marked by closing the connection. */
  public Answer untilClose() {
    return closing(Closing.UNTIL_CLOSE);
  }

  /** This answer with the connection treated as {@code closing} says. */
  public Answer closing(Closing closing) {
    return new Answer(status, headers, prefix, unit, repetitions, suffix, drip, Objects.requireNonNull(closing),
        silent);
  }

  public int status() {
    return status;
  }

  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The body's length in bytes. */
  public long contentLength() {
    return prefix.length + unit.length * repetitions + suffix.length;
  }

  /** The interval between body bytes; zero when the body is sent at once. */
  public Duration drip() {
    return drip;
  }

  public Closing closing() {
    return closing;
  }

  /** Whether the server closes the connection without answering. */
  public boolean silent() {
    return silent;
  }

  /** Copies the body's bytes from {@code offset} into {@code buffer}; returns how many, 0 at the end. */
  int bodyBytes(long offset, byte[] buffer) {
    int n = 0;
    long position = offset;
    long fillerEnd = prefix.length + unit.length * repetitions;
    long end = fillerEnd + suffix.length;
    while (n < buffer.length && position < end) {
      int run;
      if (position < prefix.length) {
        run = (int) Math.min(buffer.length - n, prefix.length - position);
        System.arraycopy(prefix, (int) position, buffer, n, run);
      } else if (position < fillerEnd) {
        long inFiller = position - prefix.length;
        int at = (int) (inFiller % tile.length);
        run = (int) Math.min(Math.min(buffer.length - n, fillerEnd - position), tile.length - at);
        System.arraycopy(tile, at, buffer, n, run);
      } else {
        run = (int) Math.min(buffer.length - n, end - position);
        System.arraycopy(suffix, (int) (position - fillerEnd), buffer, n, run);
      }
      n += run;
      position += run;
    }
    return n;
  }

  private static byte[] tile(byte[] unit) {
    int copies = Math.max(1, 64 * 1024 / unit.length);
    byte[] tile = new byte[unit.length * copies];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(unit, 0, tile, i * unit.length, unit.length);
    }
    return tile;
  }

  @Override
  public String toString() {
    return silent ? "Answer{silence}" : "Answer{" + status + ", " + contentLength() + " body bytes, " + closing
        + (drip.isZero() ? "" : ", dripped every " + drip.toMillis() + " ms") + "}";
  }
}
