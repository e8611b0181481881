package io.github.iconikopentext.benchmarks.report;

import java.util.List;

/** Builds the report's Markdown. Not thread-safe. */
final class Markdown {
  private final StringBuilder text = new StringBuilder();

  Markdown heading(int level, String title) {
    text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
    return this;
  }

  Markdown paragraph(String paragraph) {
    text.append(paragraph).append("\n\n");
    return this;
  }

  Markdown bullets(List<String> items) {
    items.forEach(item -> text.append("- ").append(item).append('\n'));
    text.append('\n');
    return this;
  }

  /** A table; cells may not contain {@code |}. */
  Markdown table(List<String> header, List<List<String>> rows) {
    row(header);
    text.append('|');
    header.forEach(h -> text.append(" --- |"));
    text.append('\n');
    rows.forEach(this::row);
    text.append('\n');
    return this;
  }

  /** Verbatim text in a fenced block. */
  Markdown code(String code) {
    text.append("```\n").append(code.strip()).append("\n```\n\n");
    return this;
  }

  private void row(List<String> cells) {
    text.append('|');
    cells.forEach(c -> text.append(' ').append(c).append(" |"));
    text.append('\n');
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
