package io.github.iconikopentext.core.payloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the real-payload tests found, payload by payload: what each decoded as, what it lost (a test failure) and which
 * of its members no model declares (reachable only as raw JSON). Written to a Markdown file under {@code target/}
 * for the docs' tables. Not thread-safe: tests add to it one payload at a time.
 */
public final class PayloadReport {
  private final List<String> lines = new ArrayList<>();

  /**
   * One payload part and the model it decoded into, re-encoded as a JSON tree (see {@link JsonLoss}).
   *
   * @param label names the part in the report (empty for the whole payload)
   * @param payload the part as sent
   * @param model the decoded model, re-encoded with nulls written
   */
  public record Comparison(String label, Object payload, Object model) {}

  /**
   * Compares each part of {@code payload}, records the outcome and returns what was lost (empty when nothing was).
   *
   * @param typedAs what the payload decoded as, e.g. "Asset · assets().get"
   */
  public List<String> add(RealPayloads.Payload payload, String typedAs, List<Comparison> comparisons) {
    List<String> lost = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    for (Comparison c : comparisons) {
      String label = c.label().isEmpty() ? "" : c.label() + " ";
      JsonLoss.Report r = JsonLoss.compare(c.payload(), c.model());
      r.lost().forEach(l -> lost.add(label + l));
      r.undeclared().stream().sorted().forEach(u -> undeclared.add(label + u));
    }
    lines.add("## " + payload.file() + " (" + payload.kind() + ")");
    lines.add("decodes as: " + typedAs);
    lines.add("lost: " + (lost.isEmpty() ? "nothing" : String.join("; ", lost)));
    lines.add("undeclared (raw only): " + (undeclared.isEmpty() ? "nothing" : String.join(", ", undeclared)));
    lines.add("");
    return lost;
  }

  /** Writes the report to {@code target/<name>}. */
  public void write(String name) {
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
