package io.github.iconikopentext.testkit.internal.http;

/**
 * A single byte range of an HTTP {@code Range} header (RFC 9110 §14), resolved against the size of the content.
 * Not part of the API.
 *
 * @param first the first byte served
 * @param last the last byte served, inclusive
 */
public record ByteRange(long first, long last) {

  /** What a {@code Range} header asks of content of a given size. */
  public sealed interface Request {}

  /** No range, or one the server ignores (several ranges, a malformed header): serve the whole content. */
  public record Whole() implements Request {}

  /** A range that starts beyond the content: 416 with {@code Content-Range: bytes *}{@code /size}. */
  public record Unsatisfiable() implements Request {}

  /** One satisfiable range: 206 with {@code Content-Range}. */
  public record Partial(ByteRange range) implements Request {}

  /** Interprets {@code header} (null when absent) for content of {@code size} bytes. */
  public static Request parse(String header, long size) {
    if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6) || header.indexOf(',') >= 0) {
      return new Whole();
    }
    String spec = header.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return new Whole();
    }
    try {
      String from = spec.substring(0, dash).trim();
      String to = spec.substring(dash + 1).trim();
      if (from.isEmpty()) { // a suffix: the last n bytes
        long suffix = Long.parseLong(to);
        if (suffix <= 0) {
          return size == 0 ? new Whole() : new Unsatisfiable();
        }
        return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
      }
      long first = Long.parseLong(from);
      long last = to.isEmpty() ? Long.MAX_VALUE : Long.parseLong(to);
      if (first < 0 || last < first) {
        return new Whole();
      }
      if (first >= size) {
        return new Unsatisfiable();
      }
      return new Partial(new ByteRange(first, Math.min(last, size - 1)));
    } catch (NumberFormatException e) {
      return new Whole();
    }
  }

  public long length() {
    return last - first + 1;
  }

  /** The {@code Content-Range} value for content of {@code size} bytes. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
