/** Micrometer meters on the SDK's hooks: {@code SdkMeters}. */
module io.github.iconikopentext.micrometer {
  requires transitive io.github.iconikopentext.integration;
  requires transitive micrometer.core;
  requires static org.jspecify;

  exports io.github.iconikopentext.micrometer;
}
