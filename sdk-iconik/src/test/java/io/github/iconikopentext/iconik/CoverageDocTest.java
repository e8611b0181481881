package io.github.iconikopentext.iconik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.spec.IconikOpenApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The coverage table of {@code docs/iconik.md} matches the official specs and the client's Retrofit methods. */
class CoverageDocTest {

  @Test
  void theDocumentedCountsAreTheRealOnes() throws Exception {
    IconikOpenApi spec = IconikOpenApi.get();
    Set<String> typed = ContractTest.endpoints().stream()
        .map(e -> e.httpMethod() + " /" + IconikOpenApi.normalize(e.path()))
        .collect(Collectors.toSet());
    Map<String, String> expected = new LinkedHashMap<>();
    int all = 0;
    int allTyped = 0;
    for (String service : spec.services()) {
      List<IconikOpenApi.Operation> ops = spec.operations(service);
      long covered = ops.stream()
          .filter(op -> typed.contains(op.method() + " " + IconikOpenApi.normalize(op.apiPath())))
          .count();
      expected.put(service, "| `" + service + "` | " + ops.size() + " | " + covered + " | " + (ops.size() - covered)
          + " |");
      all += ops.size();
      allTyped += (int) covered;
    }

    String doc = Files.readString(docs().resolve("iconik.md"));

    assertThat(expected.values()).allSatisfy(row -> assertThat(doc).contains(row));
    assertThat(doc).contains("| **all** | **" + all + "** | **" + allTyped + "** | **" + (all - allTyped) + "** |");
  }

  private static Path docs() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("docs/iconik.md"))) {
        return d.resolve("docs");
      }
    }
    throw new AssertionError("docs/iconik.md not found above " + Path.of("").toAbsolutePath());
  }
}
