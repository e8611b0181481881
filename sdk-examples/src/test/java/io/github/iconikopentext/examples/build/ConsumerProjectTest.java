package io.github.iconikopentext.examples.build;

import static io.github.iconikopentext.examples.RepositoryFiles.fencedBlocks;
import static io.github.iconikopentext.examples.RepositoryFiles.read;
import static io.github.iconikopentext.examples.RepositoryFiles.root;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * sdk-examples/consumer/pom.xml — the project .ci/consumer-check builds against the installed SDK — holds nothing
 * but the README's "Add it to your build" block and the testing guide's setup, exactly as the pages show them. So
 * what CI proves about that project is proved about the pages.
 */
class ConsumerProjectTest {
  private static final String README_BEGIN = "<!-- README: begin -->\n";
  private static final String README_END = "<!-- README: end -->";
  private static final String GUIDE_BEGIN = "<!-- Testing guide: begin -->\n";
  private static final String GUIDE_END = "<!-- Testing guide: end -->";

  private final String pom = read(root().resolve("sdk-examples/consumer/pom.xml"));

  @Test
  void theReadmeBlock_isTheConsumersBlock() {
    String readme = read(root().resolve("README.md"));
    String section = readme.substring(readme.indexOf("### Add it to your build"));

    assertThat(fencedBlocks(section, "xml").get(0)).isEqualTo(between(README_BEGIN, README_END));
  }

  @Test
  void theTestingGuidesSetup_isInTheConsumer() {
    List<String> guide = fencedBlocks(read(root().resolve("docs/testing-your-integration.md")), "xml");
    String readmeBlock = between(README_BEGIN, README_END);

    assertThat(guide).hasSize(2);
    assertThat(strippedLines(readmeBlock)).containsSubsequence(strippedLines(guide.get(0)));
    assertThat(String.join("\n", strippedLines(readmeBlock))).contains(String.join("\n", strippedLines(guide.get(0))));
    assertThat(guide.get(1)).isEqualTo(between(GUIDE_BEGIN, GUIDE_END));
  }

  @Test
  void theConsumerPom_holdsNothingElse_thanItsCoordinates() throws Exception {
    Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(pom.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    List<String> elements = new ArrayList<>();
    for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        elements.add(element.getTagName());
      }
    }

    assertThat(elements).containsExactly("modelVersion", "groupId", "artifactId", "version",
        "properties", "dependencyManagement", "dependencies", "build");
    assertThat(pom.indexOf(README_BEGIN)).isLessThan(pom.indexOf(GUIDE_BEGIN));
    assertThat(between(README_BEGIN, README_END)).contains("<dependencyManagement>", "<dependencies>")
        .doesNotContain("<build>");
  }

  @Test
  void theBlock_importsTheBom_andPinsNoLibraryTheBomManages() {
    String block = between(README_BEGIN, README_END);

    assertThat(block).contains("<artifactId>sdk-bom</artifactId>", "<scope>import</scope>");
    assertThat(block).doesNotContain("okhttp", "okio", "kotlin", "retrofit", "moshi", "resilience4j", "slf4j");
  }

  @Test
  void theAssertJVersionTheBlockNames_isTheOneTheSdkIsTestedWith() {
    String parent = read(root().resolve("pom.xml"));
    String tested = parent.substring(parent.indexOf("<assertj.version>") + "<assertj.version>".length(),
        parent.indexOf("</assertj.version>"));

    assertThat(between(README_BEGIN, README_END))
        .contains("<artifactId>assertj-core</artifactId>\n    <version>" + tested + "</version>");
  }

  private String between(String begin, String end) {
    return pom.substring(pom.indexOf(begin) + begin.length(), pom.indexOf(end));
  }

  private static List<String> strippedLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
