package io.github.iconikopentext.examples.build;

import static io.github.iconikopentext.examples.RepositoryFiles.root;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * sdk-bom carries the library versions the SDK is built and tested with (docs/dependencies.md): the same versions
 * as the parent POM, for every library sdk-core and sdk-testkit bring to a consumer.
 */
class BomVersionsTest {
  /** What a consumer of sdk-integration and sdk-testkit resolves besides the SDK (and JUnit, via junit-bom). */
  private static final List<String> CARRIED = List.of("com.squareup.retrofit2:retrofit",
      "com.squareup.retrofit2:converter-moshi", "com.squareup.okhttp3:okhttp", "com.squareup.okio:okio",
      "com.squareup.okio:okio-jvm", "org.jetbrains.kotlin:kotlin-stdlib", "org.jetbrains.kotlin:kotlin-stdlib-jdk7",
      "org.jetbrains.kotlin:kotlin-stdlib-jdk8", "com.squareup.moshi:moshi", "io.github.resilience4j:resilience4j-core",
      "io.github.resilience4j:resilience4j-ratelimiter", "org.slf4j:slf4j-api", "org.junit:junit-bom");

  private final Pom parent = Pom.read(root().resolve("pom.xml"));
  private final Pom bom = Pom.read(root().resolve("sdk-bom/pom.xml"));

  @Test
  void theBom_managesEveryCarriedLibrary_atTheParentsVersion() {
    assertThat(bom.managed().keySet()).containsAll(CARRIED);
    assertThat(CARRIED).allSatisfy(artifact -> assertThat(bom.managed().get(artifact)).as(artifact)
        .isEqualTo(parent.managed().get(artifact)).isNotNull());
  }

  @Test
  void theBom_managesEveryLibrary_sdkCoreAndTheTestkitDeclare() {
    for (String module : List.of("sdk-core", "sdk-testkit", "sdk-integration")) {
      Pom pom = Pom.read(root().resolve(module + "/pom.xml"));
      assertThat(pom.dependencies()).as(module)
          .filteredOn(artifact -> !artifact.startsWith("io.github.iconikopentext:"))
          .filteredOn(artifact -> !artifact.equals("org.wiremock:wiremock-standalone"))
          .filteredOn(artifact -> !pom.testScoped(artifact))
          .allSatisfy(artifact -> assertThat(bom.managed()).as("managed by sdk-bom")
              .containsKey(artifact.startsWith("org.junit.") ? "org.junit:junit-bom" : artifact));
    }
  }

  /** A POM's managed versions (properties resolved) and dependencies, read with the JDK's XML parser. */
  private record Pom(Map<String, String> managed, List<String> dependencies, List<String> testDependencies) {
    static Pom read(Path file) {
      try {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
            .getDocumentElement();
        Map<String, String> properties = new LinkedHashMap<>();
        Element props = child(project, "properties");
        if (props != null) {
          NodeList all = props.getChildNodes();
          for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e) {
              properties.put(e.getTagName(), e.getTextContent().strip());
            }
          }
        }
        Map<String, String> managed = new LinkedHashMap<>();
        Element management = child(project, "dependencyManagement");
        if (management != null) {
          for (Element d : dependencies(child(management, "dependencies"))) {
            managed.put(key(d), resolve(text(d, "version"), properties));
          }
        }
        List<Element> declared = dependencies(child(project, "dependencies"));
        return new Pom(managed, declared.stream().map(Pom::key).toList(),
            declared.stream().filter(d -> "test".equals(text(d, "scope"))).map(Pom::key).toList());
      } catch (Exception e) {
        throw new IllegalStateException("cannot read " + file, e);
      }
    }

    boolean testScoped(String artifact) {
      return testDependencies.contains(artifact);
    }

    private static List<Element> dependencies(Element parent) {
      if (parent == null) {
        return List.of();
      }
      NodeList all = parent.getElementsByTagName("dependency");
      return java.util.stream.IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i)).toList();
    }

    private static String key(Element dependency) {
      return text(dependency, "groupId") + ":" + text(dependency, "artifactId");
    }

    private static String resolve(String value, Map<String, String> properties) {
      if (value == null) {
        return null;
      }
      Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
      return m.replaceAll(r -> Matcher.quoteReplacement(properties.getOrDefault(r.group(1), r.group())));
    }

    private static String text(Element parent, String tag) {
      Element child = child(parent, tag);
      return child == null ? null : child.getTextContent().strip();
    }

    private static Element child(Element parent, String tag) {
      NodeList all = parent.getChildNodes();
      for (int i = 0; i < all.getLength(); i++) {
        if (all.item(i) instanceof Element e && e.getTagName().equals(tag)) {
          return e;
        }
      }
      return null;
    }
  }
}
