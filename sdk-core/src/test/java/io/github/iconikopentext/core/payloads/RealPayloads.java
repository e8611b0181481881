package io.github.iconikopentext.core.payloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The payloads nobody on the SDK team wrote, in {@code shared/reference/realworld-payloads}, as its
 * {@code manifest.tsv} lists them. A vendor module's real-payload test iterates {@link #of(String)}, so a payload added
 * to the manifest is decoded without a code change (a payload of a new kind fails until the test knows the kind).
 *
 * <p>The directory is found by walking up from the working directory, like the contract tests find the iconik specs.
 * A missing directory or manifest is a test failure, never a skip. Thread-safe.
 */
public final class RealPayloads {
  public static final String RELATIVE_DIR = "shared/reference/realworld-payloads";
  private static final String MANIFEST = "manifest.tsv";

  private RealPayloads() {}

  /**
   * One manifest row.
   *
   * @param file the path relative to the payload directory, e.g. {@code iconik/captured/x.json}
   * @param kind what the payload is, e.g. {@code asset}, {@code webhook-delivery}, {@code ot-cms-list}
   * @param origin captured, thirdparty-fixture, official, opentext-documented or probe
   * @param source where it came from
   * @param note the manifest's note
   * @param path the file on disk
   */
  public record Payload(String file, String kind, String origin, String source, String note, Path path) {

    public Payload {
      Objects.requireNonNull(file, "file == null");
      Objects.requireNonNull(kind, "kind == null");
    }

    /** {@code iconik} or {@code opentext}: the first segment of {@link #file()}. */
    public String vendor() {
      int slash = file.indexOf('/');
      return slash < 0 ? "" : file.substring(0, slash);
    }

    /** The file's name without directories, for test names. */
    public String name() {
      return path.getFileName().toString();
    }

    /** The payload's text. */
    public String text() {
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read payload " + path, e);
      }
    }

    /** The payload as a JSON tree (see {@link JsonTrees#parse(String)}). */
    public Object tree() {
      return JsonTrees.parse(text());
    }

    @Override
    public String toString() {
      return file + " (" + kind + ")";
    }
  }

  /** The payload directory found from the working directory. */
  public static Path directory() {
    Path start = Path.of("").toAbsolutePath();
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve(RELATIVE_DIR);
      if (Files.isRegularFile(candidate.resolve(MANIFEST))) {
        return candidate;
      }
    }
    throw new AssertionError("real-world payloads not found: no '" + RELATIVE_DIR + "/" + MANIFEST + "' in " + start
        + " or any parent. Clone the repository next to the shared/ folder (as in CI).");
  }

  /** Every payload the manifest lists, in manifest order. */
  public static List<Payload> all() {
    Path dir = directory();
    List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(MANIFEST), e);
    }
    List<Payload> payloads = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 3) {
        throw new AssertionError("manifest line with fewer than 3 columns: " + line);
      }
      Path path = dir.resolve(cells[0]);
      if (!Files.isRegularFile(path)) {
        throw new AssertionError("the manifest lists " + cells[0] + ", which does not exist in " + dir);
      }
      payloads.add(new Payload(cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : "",
          cells.length > 4 ? cells[4] : "", path));
    }
    return List.copyOf(payloads);
  }

  /** The payloads of one vendor ({@code iconik} or {@code opentext}). */
  public static List<Payload> of(String vendor) {
    List<Payload> payloads = all().stream().filter(p -> p.vendor().equals(vendor)).toList();
    if (payloads.isEmpty()) {
      throw new AssertionError("the manifest lists no " + vendor + " payloads");
    }
    return payloads;
  }
}
