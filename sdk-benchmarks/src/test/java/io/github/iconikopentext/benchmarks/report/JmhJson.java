package io.github.iconikopentext.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes result files in JMH's JSON shape, for tests. Not thread-safe. */
final class JmhJson {
  private static final String PACKAGE = "io.github.iconikopentext.benchmarks.";
  private final List<String> entries = new ArrayList<>();

  /** Adds a benchmark {@code Class.method} with a primary score and optional secondary metrics. */
  JmhJson add(String classAndMethod, Map<String, String> params, double score, double error, String unit,
      Map<String, double[]> secondary) {
    String paramJson = params.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
    String secondaryJson = secondary.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + metric(sum(e.getValue()), Double.NaN, "#", e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
    entries.add("{\"jmhVersion\":\"1.37\",\"benchmark\":\"" + PACKAGE + "x." + classAndMethod + "\","
        + "\"mode\":\"thrpt\",\"threads\":1,\"forks\":1,\"jvm\":\"java\",\"jvmArgs\":[],\"jdkVersion\":\"17.0.15\","
        + "\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\",\"warmupIterations\":3,"
        + "\"warmupTime\":\"1 s\",\"warmupBatchSize\":1,\"measurementIterations\":5,\"measurementTime\":\"1 s\","
        + "\"measurementBatchSize\":1," + (params.isEmpty() ? "" : "\"params\":" + paramJson + ",")
        + "\"primaryMetric\":" + metric(score, error, unit, new double[] {score, score})
        + ",\"secondaryMetrics\":" + secondaryJson + "}");
    return this;
  }

  JmhJson add(String classAndMethod, Map<String, String> params, double score, double error) {
    return add(classAndMethod, params, score, error, "ops/s", Map.of());
  }

  String json() {
    return entries.stream().collect(Collectors.joining(",\n", "[\n", "\n]"));
  }

  private static String metric(double score, double error, String unit, double[] raw) {
    String rawJson = java.util.Arrays.stream(raw).mapToObj(JmhJson::number)
        .collect(Collectors.joining(",", "[[", "]]"));
    return "{\"score\":" + number(score) + ",\"scoreError\":" + number(error) + ",\"scoreUnit\":\"" + unit
        + "\",\"rawData\":" + rawJson + "}";
  }

  /** JMH writes non-finite numbers as strings. */
  private static String number(double d) {
    return Double.isFinite(d) ? String.format(Locale.ROOT, "%s", d) : "\"" + d + "\"";
  }

  private static double sum(double[] values) {
    return java.util.Arrays.stream(values).sum();
  }
}
