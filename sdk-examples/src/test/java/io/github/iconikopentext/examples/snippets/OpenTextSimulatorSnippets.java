package io.github.iconikopentext.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.testkit.OpenTextFault;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.time.Duration;

/** docs/opentext.md: the simulator in a test. */
final class OpenTextSimulatorSnippets {
  private OpenTextSimulatorSnippets() {}

  static void simulator() {
    try (OpenTextSimulator sim = OpenTextSimulator.builder().tokenExpiresIn(Duration.ofMinutes(15)).start()) {
      OpenTextClient client = OpenTextClient.builder(sim.environment("test"))
          .clientCredentials(sim.clientCredentials()).build();
      sim.injectFault("/cms/instances/.*", OpenTextFault.tooManyRequests(Duration.ofSeconds(1)), 1);
      // … the code under test …
      assertThat(sim.tokenRequestCount()).isEqualTo(1);
    }
  }
}
