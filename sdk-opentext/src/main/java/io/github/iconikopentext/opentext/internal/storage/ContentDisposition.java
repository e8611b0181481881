package io.github.iconikopentext.opentext.internal.storage;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of an upload per RFC 6266 with RFC 5987 encoding: {@code attachment;
 * filename="<ASCII fallback>"} and, when the name is not plain printable ASCII, {@code filename*=UTF-8''<percent-
 * encoded UTF-8>}, so that {@code Café.mov}, {@code 東京.mp4} or a name with CR/LF travel intact in a header that
 * holds only printable ASCII. Not part of the API.
 */
final class ContentDisposition {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ContentDisposition() {}

  /** The header value for {@code fileName}. */
  static String attachment(String fileName) {
    String fallback = asciiFallback(fileName);
    StringBuilder header = new StringBuilder(fileName.length() * 2 + 32)
        .append("attachment; filename=\"").append(fallback).append('"');
    if (!fallback.equals(fileName)) {
      header.append("; filename*=UTF-8''");
      for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xff);
        if (isAttrChar(c)) {
          header.append(c);
        } else {
          header.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
      }
    }
    return header.toString();
  }

  /**
   * The name in printable ASCII for recipients that ignore {@code filename*}: accents dropped ({@code Café} →
   * {@code Cafe}); anything else outside printable ASCII, and the quote, backslash and percent sign (which some
   * recipients decode), become {@code _}.
   */
  static String asciiFallback(String fileName) {
    String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_');
    }
    return out.toString();
  }

  /** RFC 5987 attr-char: ALPHA / DIGIT / {@code !#$&+-.^_`|~}. */
  private static boolean isAttrChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
