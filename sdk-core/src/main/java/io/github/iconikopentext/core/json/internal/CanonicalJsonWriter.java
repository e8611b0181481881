package io.github.iconikopentext.core.json.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes canonical JSON straight to UTF-8 bytes: the subset of RFC 8785 (JSON Canonicalization Scheme) that audit
 * records use — objects, arrays, strings and integers — and, through {@link #tree(Object)}, any parsed JSON tree
 * (the content hashes of templates). The one canonical-JSON writer of the SDK.
 *
 * <ul>
 *   <li>No whitespace outside strings.
 *   <li>Object members in ascending order of their names compared as UTF-16 code units ({@link String#compareTo});
 *       a member written out of order or twice is a bug and throws {@link IllegalStateException}.
 *   <li>Strings escape only the quotation mark and the backslash (each preceded by a backslash) and U+0000–U+001F
 *       (as backslash-b, -t, -n, -f, -r, otherwise backslash-u and four lower-case hex digits); every other character
 *       is written as UTF-8. An unpaired surrogate is written as U+FFFD.
 *   <li>Integers in plain decimal; absent values ({@code null}) are omitted by the {@code member} helpers.
 * </ul>
 *
 * <p>Hand-written rather than Moshi's {@code JsonWriter} so that the bytes a hash chain depends on can never change
 * with a library upgrade. Not thread-safe; one instance per record. Not part of the API.
 */
public final class CanonicalJsonWriter {
  private static final int MAX_DEPTH = 255; // Moshi's own nesting limit
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] buf;
  private int size;
  private int depth;
  private boolean[] isObject = new boolean[8];
  private int[] count = new int[8];
  private String[] lastName = new String[8];

  public CanonicalJsonWriter() {
    this(512);
  }

  public CanonicalJsonWriter(int initialCapacity) {
    this.buf = new byte[initialCapacity];
  }

  /** Bytes written so far; lets a caller remember where to splice something in later. */
  public int size() {
    return size;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  @Override
  public String toString() {
    return new String(buf, 0, size, StandardCharsets.UTF_8);
  }

  public CanonicalJsonWriter beginObject() {
    return open(true, '{');
  }

  public CanonicalJsonWriter endObject() {
    return close(true, '}');
  }

  public CanonicalJsonWriter beginArray() {
    return open(false, '[');
  }

  public CanonicalJsonWriter endArray() {
    return close(false, ']');
  }

  /** Writes a member name; names must come in canonical order. */
  public CanonicalJsonWriter name(String name) {
    if (depth == 0 || !isObject[depth - 1]) {
      throw new IllegalStateException("name outside an object: " + name);
    }
    String previous = lastName[depth - 1];
    if (previous != null && previous.compareTo(name) >= 0) {
      throw new IllegalStateException("member '" + name + "' written after '" + previous + "'");
    }
    lastName[depth - 1] = name;
    separator();
    string(name);
    put((byte) ':');
    return this;
  }

  public CanonicalJsonWriter value(String value) {
    beforeValue();
    string(value);
    return this;
  }

  public CanonicalJsonWriter value(long value) {
    beforeValue();
    ascii(Long.toString(value));
    return this;
  }

  /**
   * The canonical JSON of a parsed JSON tree (maps, lists, strings, numbers, booleans, {@code null}): members sorted,
   * no whitespace, numbers in plain decimal without trailing zeros ({@code 2.50} → {@code 2.5}, {@code 3.0} →
   * {@code 3}); other values as their string. For content hashes that ignore formatting.
   *
   * @throws IllegalStateException if the tree nests deeper than 255
   */
  public static String tree(Object value) {
    CanonicalJsonWriter writer = new CanonicalJsonWriter();
    writer.any(value);
    return writer.toString();
  }

  /** Lower-case hex SHA-256 of {@link #tree(Object) the canonical JSON} of {@code value}. */
  public static String sha256(Object value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(tree(value).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private void any(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      beginObject();
      sorted.forEach((k, v) -> {
        name(k);
        any(v);
      });
      endObject();
    } else if (value instanceof List<?> list) {
      beginArray();
      list.forEach(this::any);
      endArray();
    } else if (value == null || value instanceof Boolean) {
      beforeValue();
      ascii(String.valueOf(value));
    } else if (value instanceof Number n) {
      beforeValue();
      ascii(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
    } else {
      value(value.toString());
    }
  }

  /** Writes {@code name: value}, or nothing when {@code value} is {@code null}. */
  public CanonicalJsonWriter member(String name, String value) {
    return value == null ? this : name(name).value(value);
  }

  /** Writes {@code name: value}, or nothing when {@code value} is {@code null}. */
  public CanonicalJsonWriter member(String name, Long value) {
    return value == null ? this : name(name).value(value.longValue());
  }

  /** Writes {@code name: value}, or nothing when {@code value} is {@code null}. */
  public CanonicalJsonWriter member(String name, Integer value) {
    return value == null ? this : name(name).value(value.longValue());
  }

  private CanonicalJsonWriter open(boolean object, char c) {
    beforeValue();
    if (depth == MAX_DEPTH) {
      throw new IllegalStateException("nesting deeper than " + MAX_DEPTH);
    }
    if (depth == isObject.length) {
      int grown = Math.min(MAX_DEPTH, depth * 2);
      isObject = Arrays.copyOf(isObject, grown);
      count = Arrays.copyOf(count, grown);
      lastName = Arrays.copyOf(lastName, grown);
    }
    isObject[depth] = object;
    count[depth] = 0;
    lastName[depth] = null;
    depth++;
    put((byte) c);
    return this;
  }

  private CanonicalJsonWriter close(boolean object, char c) {
    if (depth == 0 || isObject[depth - 1] != object) {
      throw new IllegalStateException("unbalanced " + c);
    }
    depth--;
    put((byte) c);
    return this;
  }

  private void beforeValue() {
    if (depth > 0 && !isObject[depth - 1]) {
      separator();
    }
  }

  private void separator() {
    if (count[depth - 1]++ > 0) {
      put((byte) ',');
    }
  }

  private void string(String s) {
    ensure(s.length() * 6 + 2); // the longest encoding of one char is a six-byte escape
    buf[size++] = '"';
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          buf[size++] = (byte) c;
        } else {
          escape(c);
        }
      } else if (c < 0x800) {
        buf[size++] = (byte) (0xc0 | c >> 6);
        buf[size++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buf[size++] = (byte) (0xf0 | cp >> 18);
          buf[size++] = (byte) (0x80 | cp >> 12 & 0x3f);
          buf[size++] = (byte) (0x80 | cp >> 6 & 0x3f);
          buf[size++] = (byte) (0x80 | cp & 0x3f);
        } else {
          threeBytes('\ufffd');
        }
      } else {
        threeBytes(c);
      }
    }
    buf[size++] = '"';
  }

  private void threeBytes(char c) {
    buf[size++] = (byte) (0xe0 | c >> 12);
    buf[size++] = (byte) (0x80 | c >> 6 & 0x3f);
    buf[size++] = (byte) (0x80 | c & 0x3f);
  }

  private void escape(char c) {
    buf[size++] = '\\';
    switch (c) {
      case '"' -> buf[size++] = '"';
      case '\\' -> buf[size++] = '\\';
      case '\b' -> buf[size++] = 'b';
      case '\t' -> buf[size++] = 't';
      case '\n' -> buf[size++] = 'n';
      case '\f' -> buf[size++] = 'f';
      case '\r' -> buf[size++] = 'r';
      default -> {
        buf[size++] = 'u';
        buf[size++] = '0';
        buf[size++] = '0';
        buf[size++] = HEX[c >> 4];
        buf[size++] = HEX[c & 0xf];
      }
    }
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[size++] = (byte) s.charAt(i);
    }
  }

  private void put(byte b) {
    ensure(1);
    buf[size++] = b;
  }

  private void ensure(int extra) {
    if (size + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
    }
  }
}
