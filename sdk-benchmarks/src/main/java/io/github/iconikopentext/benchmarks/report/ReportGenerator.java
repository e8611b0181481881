package io.github.iconikopentext.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns JMH's JSON results into {@code docs/benchmarks.md}, so that no figure is typed by hand. Run by
 * {@code sdk-benchmarks/run.sh}:
 *
 * <ul>
 *   <li>{@code missed <results.json>} prints, for every missed target, a line {@code profile-dir TAB include-regex
 *       TAB jmh-params} for its SDK benchmark and one for the peer or limit it was compared with: what the script
 *       profiles next.
 *   <li>{@code report --results <json> --profiles <dir> --out <md> --command <text> --load-before <loadavg>
 *       --load-after <loadavg> --seconds <n>} writes the report.
 * </ul>
 */
public final class ReportGenerator {
  private ReportGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("missed")) {
      for (Check check : new BenchmarkReport(JmhResults.read(Path.of(args[1]))).checks()) {
        check.profile().ifPresent(p -> p.benchmarks().forEach(benchmark -> System.out.println(
            profileDirectory(check.id(), benchmark) + "\t" + include(benchmark) + "\t" + params(p))));
      }
      return;
    }
    if (args.length > 0 && args[0].equals("report")) {
      Map<String, String> options = options(args);
      JmhResults results = JmhResults.read(Path.of(required(options, "results")));
      BenchmarkReport.Run run = new BenchmarkReport.Run(required(options, "command"),
          required(options, "load-before"), required(options, "load-after"),
          Long.parseLong(required(options, "seconds")));
      String report = new BenchmarkReport(results).write(run, Machine.current(),
          Path.of(required(options, "profiles")));
      Path out = Path.of(required(options, "out"));
      Files.writeString(out, report, StandardCharsets.UTF_8);
      System.out.println("wrote " + out);
      return;
    }
    System.err.println("usage: ReportGenerator missed <results.json>\n"
        + "       ReportGenerator report --results <json> --profiles <dir> --out <md> --command <text>"
        + " --load-before <loadavg> --load-after <loadavg> --seconds <n>");
    System.exit(2);
  }

  /** Where the profile of {@code benchmark} ({@code Class.method}) for check {@code id} is written. */
  static String profileDirectory(String id, String benchmark) {
    return id + "/" + benchmark;
  }

  /** A JMH include pattern that selects exactly this benchmark method ({@code Class.method}). */
  static String include(String benchmark) {
    return "\\." + benchmark.replace(".", "\\.") + "$";
  }

  /** JMH {@code -p} arguments selecting the profiled parameters, space separated. */
  static String params(Check.Profile profile) {
    return profile.params().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> "-p " + e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    List<String> list = List.of(args).subList(1, args.length);
    for (int i = 0; i + 1 < list.size(); i += 2) {
      if (!list.get(i).startsWith("--")) {
        throw new IllegalArgumentException("expected an option, got " + list.get(i));
      }
      options.put(list.get(i).substring(2), list.get(i + 1));
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
