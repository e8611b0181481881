/**
 * Simulators of iconik and OpenText, the hostile-server suite and JUnit 5 extensions, for other teams' tests.
 *
 * <p>Only the API packages are exported; the simulators' implementation lives in {@code internal} packages.
 */
module io.github.iconikopentext.testkit {
  requires transitive io.github.iconikopentext.iconik;
  requires transitive io.github.iconikopentext.opentext;
  requires transitive wiremock.standalone;
  requires transitive org.junit.jupiter.api;
  requires org.slf4j;
  requires java.net.http;
  // No 'requires org.jspecify': wiremock.standalone carries the org.jspecify.annotations package (see pom.xml).

  exports io.github.iconikopentext.testkit;
  exports io.github.iconikopentext.testkit.hostile;
  exports io.github.iconikopentext.testkit.junit;
}
