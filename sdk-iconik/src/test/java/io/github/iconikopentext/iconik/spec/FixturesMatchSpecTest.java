package io.github.iconikopentext.iconik.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every response fixture satisfies the response schema of its operation in iconik's official spec. */
class FixturesMatchSpecTest {

  @TestFactory
  Stream<DynamicTest> everyIndexedFixtureMatchesItsResponseSchema() {
    IconikOpenApi spec = IconikOpenApi.get();
    return Fixtures.index().stream().map(e -> DynamicTest.dynamicTest(e.file() + " is " + e.method() + " "
        + e.apiPath() + " " + e.status(), () -> {
          List<String> errors = spec.validateResponse(e.method(), e.apiPath(), e.status(), Fixtures.read(e.file()));
          assertThat(errors).as(e.file()).isEmpty();
        }));
  }

  @Test
  void everyFixtureFileIsIndexed() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getClassLoader().getResource("fixtures/index.txt").toURI()).getParent();
    Set<String> indexed = Fixtures.index().stream().map(Fixtures.Entry::file).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
          .allSatisfy(name -> assertThat(indexed).as("fixtures/index.txt lists " + name).contains(name));
    }
  }

  @Test
  void theValidatorRejectsTheLiveApiQuirksTheClientTolerates() {
    List<String> errors = IconikOpenApi.get().validateResponse("GET", "/API/assets/v1/assets/{asset_id}/", "200",
        Fixtures.readOffSpec("asset-live-quirks.json"));

    assertThat(String.join("\n", errors)).contains("status").contains("archive_status").contains("in_collections");
  }
}
