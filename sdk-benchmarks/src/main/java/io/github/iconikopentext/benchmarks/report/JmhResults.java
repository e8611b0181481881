package io.github.iconikopentext.benchmarks.report;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The results of one JMH run, read from its JSON result file ({@code -rf json}). Immutable.
 *
 * @param benchmarks every benchmark and parameter combination, in the order JMH ran them
 */
public record JmhResults(List<Result> benchmarks) {

  public JmhResults {
    benchmarks = List.copyOf(benchmarks);
  }

  /**
   * One score with JMH's error: the half-width of its 99.9 % confidence interval, {@code NaN} when there were too
   * few iterations to compute one.
   *
   * @param score the mean over the measurement iterations (for counters: their sum)
   * @param error the 99.9 % error
   * @param unit e.g. {@code ops/s}, {@code ns/op}, {@code B/op}
   * @param perFork the value of each measurement iteration, one list per fork
   */
  public record Metric(double score, double error, String unit, List<List<Double>> perFork) {

    public Metric {
      perFork = perFork.stream().map(List::copyOf).toList();
    }

    /** The value of each measurement iteration, all forks in a row. */
    public List<Double> perIteration() {
      return perFork.stream().flatMap(List::stream).toList();
    }

    /** The mean of each fork's measurement iterations. */
    public List<Double> forkMeans() {
      return perFork.stream().map(f -> f.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN))
          .toList();
    }

    /** The value of the last measurement iteration; for cumulative counters, the total. */
    public double last() {
      List<Double> all = perIteration();
      return all.isEmpty() ? score : all.get(all.size() - 1);
    }

    /** The mean of the per-iteration values; for counters JMH's score is their sum. */
    public double meanPerIteration() {
      return perIteration().stream().mapToDouble(Double::doubleValue).average().orElse(score);
    }
  }

  /**
   * One benchmark method with one combination of parameters.
   *
   * @param benchmark the fully qualified name, {@code package.Class.method}
   * @param params the {@code @Param} values
   * @param mode {@code thrpt}, {@code avgt}, {@code ss} or {@code sample}
   * @param threads the number of threads
   * @param forks forks
   * @param warmup warm-up iterations and time, e.g. {@code 3 × 1 s}
   * @param measurement measurement iterations and time
   * @param jdk the JDK's version and VM, e.g. {@code 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)}
   * @param jmhVersion the JMH version
   * @param jvmArgs the forked JVM's arguments
   * @param primary the benchmark's own score
   * @param secondary profiler and counter results by name, e.g. {@code gc.alloc.rate.norm}
   */
  public record Result(String benchmark, Map<String, String> params, String mode, int threads, int forks,
      String warmup, String measurement, String jdk, String jmhVersion, List<String> jvmArgs, Metric primary,
      Map<String, Metric> secondary) {

    public Result {
      params = Map.copyOf(params);
      jvmArgs = List.copyOf(jvmArgs);
      secondary = Map.copyOf(secondary);
    }

    /** {@code Class.method}. */
    public String shortName() {
      int method = benchmark.lastIndexOf('.');
      int type = benchmark.lastIndexOf('.', method - 1);
      return benchmark.substring(type + 1);
    }

    public Optional<Metric> secondary(String name) {
      return Optional.ofNullable(secondary.get(name));
    }

    /** Bytes allocated per operation, from JMH's gc profiler, when it ran. */
    public Optional<Metric> allocationPerOp() {
      return secondary("gc.alloc.rate.norm");
    }
  }

  /** Reads a JMH JSON result file. */
  public static JmhResults read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses the text of a JMH JSON result file. */
  public static JmhResults parse(String json) throws IOException {
    JsonAdapter<List<Map<String, Object>>> adapter = new Moshi.Builder().build()
        .adapter(Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class,
            Object.class)));
    List<Map<String, Object>> entries = adapter.fromJson(json);
    if (entries == null) {
      throw new IOException("the JMH result file holds null instead of a list of benchmarks");
    }
    List<Result> results = new ArrayList<>();
    for (Map<String, Object> entry : entries) {
      results.add(result(entry));
    }
    return new JmhResults(results);
  }

  /** The result of {@code Class.method} (simple class name) with exactly these parameters, if it ran. */
  public Optional<Result> find(String classAndMethod, Map<String, String> params) {
    return benchmarks.stream()
        .filter(r -> r.shortName().equals(classAndMethod) && r.params().equals(params))
        .findFirst();
  }

  /** Like {@link #find(String, Map)} for a benchmark without parameters. */
  public Optional<Result> find(String classAndMethod) {
    return find(classAndMethod, Map.of());
  }

  /** Whether any benchmark of the class with this simple name ran. */
  public boolean ran(String className) {
    return benchmarks.stream().anyMatch(r -> r.shortName().startsWith(className + "."));
  }

  private static Result result(Map<String, Object> e) {
    Map<String, String> params = new LinkedHashMap<>();
    Map<?, ?> rawParams = (Map<?, ?>) e.get("params");
    if (rawParams != null) {
      rawParams.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
    }
    Map<String, Metric> secondary = new LinkedHashMap<>();
    Map<?, ?> rawSecondary = (Map<?, ?>) e.get("secondaryMetrics");
    if (rawSecondary != null) {
      rawSecondary.forEach((k, v) -> secondary.put(String.valueOf(k), metric((Map<?, ?>) v)));
    }
    List<String> jvmArgs = new ArrayList<>();
    Object args = e.get("jvmArgs");
    if (args instanceof List<?> list) {
      list.forEach(a -> jvmArgs.add(String.valueOf(a)));
    }
    String jdk = e.get("jdkVersion") + " (" + e.get("vmName") + " " + e.get("vmVersion") + ")";
    return new Result(
        (String) Objects.requireNonNull(e.get("benchmark"), "a result without a benchmark name"),
        params,
        String.valueOf(e.get("mode")),
        integer(e.get("threads")),
        integer(e.get("forks")),
        integer(e.get("warmupIterations")) + " × " + e.get("warmupTime"),
        integer(e.get("measurementIterations")) + " × " + e.get("measurementTime"),
        jdk,
        String.valueOf(e.get("jmhVersion")),
        jvmArgs,
        metric((Map<?, ?>) e.get("primaryMetric")),
        secondary);
  }

  private static Metric metric(Map<?, ?> m) {
    List<List<Double>> perFork = new ArrayList<>();
    Object raw = m.get("rawData");
    if (raw instanceof List<?> forks) {
      for (Object fork : forks) {
        List<Double> values = new ArrayList<>();
        for (Object value : (List<?>) fork) {
          values.add(number(value));
        }
        perFork.add(values);
      }
    }
    return new Metric(number(m.get("score")), number(m.get("scoreError")), String.valueOf(m.get("scoreUnit")),
        perFork);
  }

  /** JMH writes numbers, or the strings {@code NaN} and {@code ±Infinity} where JSON has no number. */
  private static double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value == null) {
      return Double.NaN;
    }
    return Double.parseDouble(value.toString());
  }

  private static int integer(Object value) {
    return (int) number(value);
  }
}
