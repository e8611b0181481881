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
 * breaks the build, and a snippet edited in a page but not in its source fails here. And every block can be copied
 * into a project: either it shows its imports — then it is a whole compiled file, {@code package} line to last brace
 * — or the line just before or after it links the whole compiled file it comes from.
 */
class SnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java[^\\n]*\\n(.*?)^```[^\\n]*$");
  private static final Pattern JAVA_LINK = Pattern.compile("\\]\\(([^)#\\s]+\\.java)(#[^)]*)?\\)");

  private static Path root;
  private static List<Source> sources;

  private record Source(Path path, List<String> lines) {}

  /** A block, with the nearest non-empty line of prose before and after it (empty when there is none). */
  private record Block(Path page, int index, List<String> lines, String before, String after) {
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
  void everyJavaBlock_showsItsImports_orLinksTheWholeCompiledFile() throws IOException {
    List<Block> blocks = blocks();

    assertThat(blocks).allSatisfy(block -> assertThat(copyable(block)).as(block.toString()).isEmpty());
    assertThat(blocks).as("blocks that are whole files, imports included").filteredOn(SnippetsTest::hasImports)
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theImportsCheck_wouldCatchABlockWithoutImportsOrLink_andAWrongLink() {
    Path readme = root.resolve("README.md");
    List<String> body = normalized("Environment environment = EnvironmentLoader.fromPropertiesFile(Path.of(\"environments.properties\"), name);");
    String wrongLink = "See [ApprovalPublisher.java](sdk-examples/consumer/src/main/java/com/example/integration/ApprovalPublisher.java).";
    String rightLink = "See [QuickStart.java](sdk-examples/consumer/src/main/java/com/example/integration/QuickStart.java).";

    assertThat(copyable(new Block(readme, 0, body, "Some prose:", "More prose."))).contains("links no");
    assertThat(copyable(new Block(readme, 0, body, wrongLink, ""))).contains("does not contain");
    assertThat(copyable(new Block(readme, 0, body, "", rightLink))).isEmpty();
    assertThat(copyable(new Block(readme, 0, List.of("import java.util.List;", "List<String> names = List.of();"), "", "")))
        .contains("not a whole compiled file");
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
    Source source = sources.stream().filter(s -> s.path().endsWith("QuickStart.java")).findFirst().orElseThrow();
    List<String> edited = List.of(
        "Environment environment = EnvironmentLoader.fromPropertiesFile(Path.of(\"env.properties\"), name);");

    assertThat(contains(source.lines(), normalized(
        "Environment environment = EnvironmentLoader.fromPropertiesFile(Path.of(\"environments.properties\"), name);")))
        .isTrue();
    assertThat(contains(source.lines(), edited)).isFalse();
  }

  /** What keeps {@code block} from being copied into a project as it is; empty when nothing does. */
  private static String copyable(Block block) {
    if (hasImports(block)) {
      boolean wholeFile = block.lines().get(0).startsWith("package ")
          && sources.stream().anyMatch(s -> trimmed(s.lines()).equals(block.lines()));
      return wholeFile ? "" : "shows imports but is not a whole compiled file (package line to last brace)";
    }
    String problem = "shows no imports and links no whole compiled file in the line before or after it";
    for (String prose : List.of(block.after(), block.before())) {
      Matcher link = JAVA_LINK.matcher(prose);
      while (link.find()) {
        Path target = block.page().getParent().resolve(link.group(1)).normalize();
        if (!Files.isRegularFile(target)) {
          problem = "links " + link.group(1) + ", which does not exist";
        } else if (contains(normalized(read(target)), block.lines())) {
          return "";
        } else {
          problem = "links " + link.group(1) + ", which does not contain the block";
        }
      }
    }
    return problem;
  }

  private static boolean hasImports(Block block) {
    return block.lines().stream().anyMatch(line -> line.startsWith("import "));
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> result = new ArrayList<>(lines);
    while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
      result.remove(result.size() - 1);
    }
    return result;
  }

  private static List<Block> blocks() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<Block> blocks = new ArrayList<>();
    for (Path page : pages) {
      String text = read(page);
      Matcher m = JAVA_BLOCK.matcher(text);
      for (int i = 0; m.find(); i++) {
        List<String> lines = trimmed(normalized(m.group(1)));
        if (!lines.isEmpty()) {
          List<String> before = normalized(text.substring(0, m.start())).stream().filter(l -> !l.isEmpty()).toList();
          String after = normalized(text.substring(m.end())).stream().filter(l -> !l.isEmpty()).findFirst().orElse("");
          blocks.add(new Block(page, i, lines, before.isEmpty() ? "" : before.get(before.size() - 1), after));
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
