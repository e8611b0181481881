/** OpenTelemetry spans on the SDK's hooks: {@code SdkTracing}. */
module io.github.iconikopentext.opentelemetry {
  requires transitive io.github.iconikopentext.integration;
  requires transitive io.opentelemetry.api;
  requires transitive io.opentelemetry.context;
  requires static org.jspecify;

  exports io.github.iconikopentext.opentelemetry;
}
