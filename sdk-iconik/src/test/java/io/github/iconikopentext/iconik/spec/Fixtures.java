package io.github.iconikopentext.iconik.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON response fixtures of the iconik tests ({@code src/test/resources/fixtures}), each bound in
 * {@code fixtures/index.txt} to the operation whose response schema it must satisfy, so fixtures cannot drift from
 * the real API. Bodies that deliberately break the spec (the live API's quirks) live in {@code fixtures-offspec}.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The body of fixture {@code name}, e.g. {@code asset.json}. */
  public static String read(String name) {
    return resource("fixtures/" + name);
  }

  /** The body of an off-spec fixture. */
  public static String readOffSpec(String name) {
    return resource("fixtures-offspec/" + name);
  }

  /** Every indexed fixture with its operation. */
  public static List<Entry> index() {
    List<Entry> entries = new ArrayList<>();
    for (String line : resource("fixtures/index.txt").split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      if (parts.length != 4) {
        throw new AssertionError("bad fixtures/index.txt line: " + line);
      }
      entries.add(new Entry(parts[0], parts[1], parts[2], parts[3]));
    }
    return entries;
  }

  private static String resource(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fixture and the response it stands for.
   *
   * @param file the file name under {@code fixtures/}
   * @param method the HTTP method
   * @param apiPath the client path, e.g. {@code /API/assets/v1/assets/{asset_id}/}
   * @param status the response status, or {@code default} for errors
   */
  public record Entry(String file, String method, String apiPath, String status) {}
}
