package io.github.iconikopentext.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's files, for tests that compare the pages with what the build uses. */
public final class RepositoryFiles {
  private RepositoryFiles() {}

  /** The repository root: the nearest directory above the working directory with README.md and docs/. */
  public static Path root() {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("docs"))) {
      root = root.getParent();
    }
    return root;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of README.md and every docs/*.md page. */
  public static List<String> pages() {
    List<String> pages = new ArrayList<>(List.of(read(root().resolve("README.md"))));
    try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> pages.add(read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** The contents of the fenced blocks of {@code markdown} in {@code language}, each ending with a line break. */
  public static List<String> fencedBlocks(String markdown, String language) {
    Matcher m = Pattern.compile("(?ms)^```" + Pattern.quote(language) + "[ \\t]*\\n(.*?)^```[ \\t]*$")
        .matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }
}
