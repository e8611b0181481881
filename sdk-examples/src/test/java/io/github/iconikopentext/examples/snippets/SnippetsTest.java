package io.github.iconikopentext.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fenced {@code java} block of README.md and docs/*.md must appear, line by line (indentation aside), in a
 * compiled source: a {@code snippets} or {@code example} package of any module. So a snippet that stops compiling
 * breaks the build, and a snippet edited in a page but not in its source fails here.
 */
class SnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java[^\\n]*\\n(.*?)^```");

  private static Path root;
  private static List<Source> sources;

  private record Source(Path path, List<String> lines) {}

  private record Block(Path page, int index, List<String> lines) {
    @Override
    public String toString() {
      return root.relativize(page) + " java block #" + (index + 1) + " starting \"" + lines.get(0) + "\"";
    }
  }

  @BeforeAll
  static void readSources() throws IOException {
    root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("docs"))) {
      root = root.getParent();
    }
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/") && p.toString().contains("/src/"))
          .filter(p -> p.toString().contains("/snippets/") || p.toString().contains("/example/"))
          .map(p -> new Source(p, normalized(read(p))))
          .toList();
    }
  }

  @Test
  void everyJavaBlockOfTheReadmeAndDocs_isInACompiledSource() throws IOException {
    List<Block> blocks = blocks();
    List<Block> missing = blocks.stream().filter(b -> sources.stream().noneMatch(s -> contains(s.lines(), b.lines())))
        .toList();

    assertThat(blocks).as("java blocks found").hasSizeGreaterThan(10);
    assertThat(missing).as("java blocks found in no snippets/ or example/ source").isEmpty();
  }

  @Test
  void theReadmeLinksEveryDocsPage() throws IOException {
    String readme = read(root.resolve("README.md"));
    try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
      assertThat(pages.filter(p -> p.toString().endsWith(".md")).map(p -> "(docs/" + p.getFileName() + ")"))
          .allSatisfy(link -> assertThat(readme).contains(link));
    }
  }

  @Test
  void theCheck_wouldCatchAnEditedSnippet() {
    Source source = sources.stream().filter(s -> s.path().endsWith("ReadmeSnippets.java")).findFirst().orElseThrow();
    List<String> edited = List.of("Environment dev = EnvironmentLoader.fromPropertiesFile(Path.of(\"env.properties\"), \"dev\");");

    assertThat(contains(source.lines(), normalized(
        "Environment dev = EnvironmentLoader.fromPropertiesFile(Path.of(\"environments.properties\"), \"dev\");")))
        .isTrue();
    assertThat(contains(source.lines(), edited)).isFalse();
  }

  private static List<Block> blocks() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<Block> blocks = new ArrayList<>();
    for (Path page : pages) {
      Matcher m = JAVA_BLOCK.matcher(read(page));
      for (int i = 0; m.find(); i++) {
        List<String> lines = new ArrayList<>(normalized(m.group(1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
          lines.remove(lines.size() - 1);
        }
        if (!lines.isEmpty()) {
          blocks.add(new Block(page, i, lines));
        }
      }
    }
    return blocks;
  }

  private static boolean contains(List<String> haystack, List<String> needle) {
    for (int start = 0; start + needle.size() <= haystack.size(); start++) {
      if (haystack.subList(start, start + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> normalized(String text) {
    return text.lines().map(String::strip).toList();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
