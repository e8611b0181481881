package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * docs/benchmarks.md, written from one run's JMH results: machine and load, the targets and whether they were met,
 * each group's figures with ratios, the profiles of missed targets, and the configuration. Not thread-safe.
 */
final class BenchmarkReport {
  private static final List<Section> SECTIONS = List.of(new WebhookSection(), new PagingSection(),
      new MappingSection(), new AuditSection(), new TokenSection(), new TransferSection(), new StorageTargetSection(),
      new KafkaSection());

  /**
   * How the run went, as the script that ran it saw it.
   *
   * @param command the command that produced the results
   * @param loadBefore {@code /proc/loadavg} before the benchmarks
   * @param loadAfter {@code /proc/loadavg} after them
   * @param seconds the wall time of the benchmarks and profiles
   */
  record Run(String command, String loadBefore, String loadAfter, long seconds) {}

  private final JmhResults results;

  BenchmarkReport(JmhResults results) {
    this.results = results;
  }

  /** Every target's check, without writing anything. */
  List<Check> checks() {
    List<Check> checks = new ArrayList<>();
    for (Section section : SECTIONS) {
      checks.addAll(section.write(results, new Markdown()));
    }
    return checks;
  }

  /** The report; profiles of missed targets are read from {@code profiles/<check id>/}. */
  String write(Run run, Machine machine, Path profiles) throws IOException {
    Map<Section, Markdown> bodies = new LinkedHashMap<>();
    Map<Check, Section> checks = new LinkedHashMap<>();
    for (Section section : SECTIONS) {
      Markdown body = new Markdown();
      section.write(results, body).forEach(c -> checks.put(c, section));
      bodies.put(section, body);
    }
    Markdown out = new Markdown();
    out.heading(1, "Benchmarks");
    out.paragraph("Written by `" + run.command() + "` from the JMH results of its run on "
        + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
        + ". Do not edit: run the script again. Every figure is a JMH score ± its error (99.9 % confidence "
        + "interval over the measurement iterations), measured side by side with its peer or limit in the same "
        + "run; ratios carry the propagated error.");
    writeMachine(out, run, machine);
    writeTargets(out, checks);
    bodies.forEach((section, body) -> out.heading(2, section.title()).paragraph(body.toString().strip()));
    writeProfiles(out, checks, profiles);
    writeConfiguration(out);
    return out.toString().strip() + "\n";
  }

  private void writeMachine(Markdown out, Run run, Machine machine) {
    String jdk = results.benchmarks().isEmpty() ? "unknown" : results.benchmarks().get(0).jdk();
    String jmh = results.benchmarks().isEmpty() ? "unknown" : results.benchmarks().get(0).jmhVersion();
    out.heading(2, "Machine and run");
    out.bullets(List.of(
        "CPU: " + machine.cpu() + ", " + machine.cores() + " cores available to the JVM; memory " + machine.memory(),
        "JDK: " + jdk + "; JMH " + jmh + " with its gc profiler on every benchmark",
        "OS: " + machine.os(),
        "Load average (1, 5, 15 min) before the run: " + loadOf(run.loadBefore()) + "; after: "
            + loadOf(run.loadAfter()) + " (the run's own 64-thread benchmark counts in it). "
            + loadNote(run.loadBefore(), machine.cores()),
        "Wall time of the benchmarks and profiles: " + run.seconds() + " s"));
  }

  /** What the load before the run means for the figures. */
  private static String loadNote(String loadavg, int cores) {
    double oneMinute;
    try {
      oneMinute = Double.parseDouble(loadavg.trim().split("\\s+")[0]);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return "";
    }
    if (oneMinute < 0.5 * cores) {
      return "The machine was quiet before the run.";
    }
    return "Other processes were competing for the " + cores + " cores, which widens the errors and lowers "
        + "absolute figures; ratios, measured side by side, suffer less.";
  }

  private static String loadOf(String loadavg) {
    String[] parts = loadavg.trim().split("\\s+");
    return parts.length >= 3 ? parts[0] + ", " + parts[1] + ", " + parts[2] : loadavg;
  }

  private static void writeTargets(Markdown out, Map<Check, Section> checks) {
    out.heading(2, "Targets");
    long met = checks.keySet().stream().filter(c -> c.status() == Check.Status.MET).count();
    long missed = checks.keySet().stream().filter(c -> c.status() == Check.Status.MISSED).count();
    long absent = checks.size() - met - missed;
    out.paragraph(met + " met, " + missed + " missed, " + absent + " not measured.");
    List<List<String>> rows = new ArrayList<>();
    for (Check c : checks.keySet()) {
      rows.add(List.of(c.target(), c.measured(), c.status().label(), c.detail().isEmpty() ? "" : c.detail()));
    }
    out.table(List.of("target", "measured", "status", "note"), rows);
  }

  private void writeProfiles(Markdown out, Map<Check, Section> checks, Path profiles) throws IOException {
    List<Check> missed = checks.keySet().stream().filter(c -> c.status() == Check.Status.MISSED).toList();
    if (missed.isEmpty()) {
      return;
    }
    out.heading(2, "Missed targets: what limits them");
    out.paragraph("Each missed target's SDK benchmark, and the peer or limit it was compared with, was run again "
        + "under JMH's Flight Recorder profiler (`-prof jfr`, CPU samples taken between safepoints too; one fork "
        + "of 2 warm-up and 3 measurement iterations, so single-shot profiles cover the same number of "
        + "operations).");
    for (Check check : missed) {
      out.heading(3, check.target() + ": " + check.measured());
      String analysis = checks.get(check).analysis(check.id());
      if (!analysis.isEmpty()) {
        out.paragraph(analysis);
      }
      for (String benchmark : check.profile().map(Check.Profile::benchmarks).orElse(List.of())) {
        out.heading(4, "Profile of `" + benchmark + "`");
        results.find(benchmark, check.profile().get().params())
            .filter(r -> r.primary().perFork().size() > 1)
            .ifPresent(r -> out.paragraph("In the main run its forks averaged " + r.primary().forkMeans().stream()
                .map(Format::number).collect(Collectors.joining("; ")) + " " + r.primary().unit() + "."));
        JfrSummary profile = JfrSummary.read(profiles.resolve(ReportGenerator.profileDirectory(check.id(), benchmark)));
        if (profile == null) {
          out.paragraph("No profile was recorded for it in this run.");
        } else {
          profile.writeTo(out);
        }
      }
    }
  }

  private void writeConfiguration(Markdown out) {
    out.heading(2, "Configuration");
    out.paragraph("The short configuration is in each benchmark class's annotations; `sdk-benchmarks/run.sh` "
        + "builds `sdk-benchmarks/target/benchmarks.jar`, runs every benchmark with `-prof gc`, profiles what missed "
        + "its target, and writes this file. Arguments to the script go to JMH (e.g. a benchmark regex); the raw "
        + "results are in `sdk-benchmarks/target/jmh/`.");
    Map<String, Result> byClass = new LinkedHashMap<>(); // one row per class and distinct configuration
    for (Result r : results.benchmarks()) {
      String type = r.shortName().substring(0, r.shortName().indexOf('.'));
      byClass.putIfAbsent(type + " " + r.threads() + " " + r.warmup() + " " + r.measurement(), r);
    }
    List<List<String>> rows = new ArrayList<>();
    byClass.values().forEach(r -> rows.add(List.of(
        "`" + r.shortName().substring(0, r.shortName().indexOf('.')) + "`",
        r.mode(), Integer.toString(r.threads()), Integer.toString(r.forks()), r.warmup(), r.measurement(),
        r.jvmArgs().isEmpty() ? "" : r.jvmArgs().stream().collect(Collectors.joining(" ", "`", "`")))));
    out.table(List.of("benchmark class", "mode", "threads", "forks", "warm-up", "measurement", "JVM arguments"),
        rows);
  }
}
