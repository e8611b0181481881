package io.github.iconikopentext.core.webhook.internal;

/** Lower-case hex encoding and strict decoding. */
final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * The bytes of {@code text} (either case), or {@code null} if it is not an even-length run of the ASCII hex digits
   * {@code [0-9a-fA-F]} — {@link Character#digit} would also take full-width and other Unicode digits.
   */
  static byte[] decode(CharSequence text, int start, int end) {
    int length = end - start;
    if (length == 0 || length % 2 != 0) {
      return null;
    }
    byte[] out = new byte[length / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = digit(text.charAt(start + 2 * i));
      int lo = digit(text.charAt(start + 2 * i + 1));
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
