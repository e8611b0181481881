package io.github.iconikopentext.core.json.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the values of a JSON text are: the 1-based line of every JSON path ({@code $.iconik.webhooks[0].url}, the
 * paths the SDK's configuration problems name), and the line of the first syntax error, so that an error about a
 * configuration file can name the line. Reads as far as the text is well-formed. Not part of the API; immutable.
 */
public final class JsonLines {
  private final Map<String, Integer> lines;
  private final int syntaxErrorLine;

  private JsonLines(Map<String, Integer> lines, int syntaxErrorLine) {
    this.lines = lines;
    this.syntaxErrorLine = syntaxErrorLine;
  }

  public static JsonLines of(String json) {
    Scanner scanner = new Scanner(json);
    int errorLine = 0;
    try {
      scanner.skipSpace();
      scanner.value("$");
      scanner.skipSpace();
      if (scanner.pos < json.length()) {
        errorLine = scanner.line;
      }
    } catch (IllegalStateException e) {
      errorLine = scanner.line;
    }
    return new JsonLines(Map.copyOf(scanner.lines), errorLine);
  }

  /**
   * The line of {@code path}'s value (for an object member, the line of its name), or of its nearest ancestor that
   * exists; 0 when not even the root was read.
   */
  public int line(String path) {
    String current = path;
    while (true) {
      Integer line = lines.get(current);
      if (line != null) {
        return line;
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) {
        return lines.getOrDefault("$", 0);
      }
      current = current.substring(0, cut);
    }
  }

  /** The line of the first syntax error, or 0 when the text is well-formed JSON. */
  public int syntaxErrorLine() {
    return syntaxErrorLine;
  }

  /** A minimal JSON reader that records positions instead of building values. */
  private static final class Scanner {
    private final String text;
    private final Map<String, Integer> lines = new HashMap<>();
    private int pos;
    private int line = 1;

    Scanner(String text) {
      this.text = text;
    }

    void value(String path) {
      lines.putIfAbsent(path, line);
      char c = peek();
      if (c == '{') {
        object(path);
      } else if (c == '[') {
        array(path);
      } else if (c == '"') {
        string();
      } else {
        literal();
      }
    }

    private void object(String path) {
      pos++;
      skipSpace();
      if (peek() == '}') {
        pos++;
        return;
      }
      while (true) {
        skipSpace();
        int nameLine = line;
        String name = string();
        String member = path + "." + name;
        lines.put(member, nameLine);
        skipSpace();
        expect(':');
        skipSpace();
        value(member);
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          return;
        }
      }
    }

    private void array(String path) {
      pos++;
      skipSpace();
      if (peek() == ']') {
        pos++;
        return;
      }
      for (int index = 0; ; index++) {
        skipSpace();
        value(path + "[" + index + "]");
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect(']');
          return;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder s = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return s.toString();
        }
        if (c == '\n') {
          throw new IllegalStateException("line break in a string");
        }
        if (c == '\\') {
          char escaped = next();
          if (escaped == 'u') {
            if (pos + 4 > text.length()) {
              throw new IllegalStateException("truncated escape");
            }
            s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          } else {
            s.append(switch (escaped) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              case 'b' -> '\b';
              case 'f' -> '\f';
              default -> escaped;
            });
          }
        } else {
          s.append(c);
        }
      }
    }

    private void literal() {
      int start = pos;
      while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      if (pos == start) {
        throw new IllegalStateException("a value is missing");
      }
    }

    void skipSpace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '\n') {
          line++;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    private void expect(char expected) {
      if (next() != expected) {
        pos--;
        throw new IllegalStateException("expected " + expected);
      }
    }

    private char peek() {
      if (pos >= text.length()) {
        throw new IllegalStateException("unexpected end");
      }
      return text.charAt(pos);
    }

    private char next() {
      char c = peek();
      pos++;
      return c;
    }
  }
}
