package io.github.iconikopentext.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a Flight Recorder profile of one benchmark shows: where the benchmark threads spent their CPU samples, which
 * SDK methods those samples ran under, what they allocated, and the GC pauses. Read from the {@code .jfr} files
 * JMH's {@code jfr} profiler writes.
 *
 * @param samples CPU samples taken in benchmark threads
 * @param topFrames the methods most often on top of the stack, with their share of the samples
 * @param sdkFrames SDK methods by the share of samples that ran in them or in what they called
 * @param sdkCalls the calls out of SDK code (the innermost SDK method and the library or JDK method it called) by
 *     the share of samples spent in them
 * @param allocations allocated classes by their share of the sampled allocation weight
 * @param gcCount garbage collections during the recording
 * @param gcPause their total duration
 */
record JfrSummary(int samples, List<Share> topFrames, List<Share> sdkFrames, List<Share> sdkCalls,
    List<Share> allocations, int gcCount, Duration gcPause) {
  private static final String WORKER_THREAD = "jmh-worker";
  private static final String SDK_PACKAGE = "io.github.iconikopentext.";
  private static final String BENCHMARK_PACKAGE = "io.github.iconikopentext.benchmarks.";
  private static final int TOP = 8;
  private static final int FEW_SAMPLES = 50;
  private static final Pattern LAMBDA_SUFFIX = Pattern.compile("\\$\\$Lambda\\$.*$");

  /** One method or class and its share. */
  record Share(String name, double fraction) {}

  /** Summarises every {@code .jfr} file under {@code dir}; {@code null} when there is none. */
  static JfrSummary read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
    }
    if (files.isEmpty()) {
      return null;
    }
    Tally leaves = new Tally();
    Tally sdk = new Tally();
    Tally calls = new Tally();
    Tally allocated = new Tally();
    int samples = 0;
    int gcCount = 0;
    Duration gcPause = Duration.ZERO;
    for (Path file : files) {
      for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
        String type = event.getEventType().getName();
        if (type.equals("jdk.GarbageCollection")) {
          gcCount++;
          gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
        } else if (type.equals("jdk.ExecutionSample") && inWorker(event, "sampledThread")) {
          List<RecordedFrame> frames = frames(event);
          if (frames.isEmpty()) {
            continue;
          }
          samples++;
          leaves.add(name(frames.get(0)), 1);
          Set<String> sdkMethods = new LinkedHashSet<>();
          for (int i = 0; i < frames.size(); i++) {
            String name = name(frames.get(i));
            if (isSdk(name)) {
              if (sdkMethods.isEmpty() && i > 0) {
                calls.add(name + " → " + name(frames.get(i - 1)), 1);
              }
              sdkMethods.add(name);
            }
          }
          sdkMethods.forEach(m -> sdk.add(m, 1));
        } else if (type.equals("jdk.ObjectAllocationSample") && inWorker(event, "eventThread")) {
          allocated.add(event.getClass("objectClass").getName(), event.getLong("weight"));
        }
      }
    }
    return new JfrSummary(samples, leaves.top(samples), sdk.top(samples), calls.top(samples),
        allocated.top(allocated.total), gcCount, gcPause);
  }

  /** The summary as report Markdown. */
  void writeTo(Markdown out) {
    out.paragraph(samples + " CPU samples in the benchmark threads; " + gcCount + " GCs, "
        + gcPause.toMillis() + " ms of pauses in total."
        + (samples < FEW_SAMPLES ? " Too few samples for the shares below to mean much: Flight Recorder drops the "
            + "samples whose stack it cannot walk, as inside JIT intrinsics such as the SHA-256 compression." : ""));
    out.table(List.of("top of stack", "share of samples"), rows(topFrames));
    if (!sdkFrames.isEmpty()) {
      out.table(List.of("SDK method (with what it calls)", "share of samples"), rows(sdkFrames));
      out.table(List.of("call out of SDK code (with what it calls)", "share of samples"), rows(sdkCalls));
    }
    if (!allocations.isEmpty()) {
      out.table(List.of("allocated class", "share of allocated bytes"), rows(allocations));
    }
  }

  private static List<List<String>> rows(List<Share> shares) {
    return shares.stream().map(s -> List.of("`" + s.name() + "`", Format.percent(s.fraction()))).toList();
  }

  private static boolean isSdk(String method) {
    return method.startsWith(SDK_PACKAGE) && !method.startsWith(BENCHMARK_PACKAGE);
  }

  private static boolean inWorker(RecordedEvent event, String field) {
    RecordedThread thread = event.getThread(field);
    return thread != null && thread.getJavaName() != null && thread.getJavaName().contains(WORKER_THREAD);
  }

  private static List<RecordedFrame> frames(RecordedEvent event) {
    RecordedStackTrace stack = event.getStackTrace();
    return stack == null ? List.of() : stack.getFrames();
  }

  /** {@code Class.method}, with the run-specific suffix of lambda classes removed. */
  private static String name(RecordedFrame frame) {
    String type = LAMBDA_SUFFIX.matcher(frame.getMethod().getType().getName())
        .replaceFirst(Matcher.quoteReplacement("$$Lambda"));
    return type + "." + frame.getMethod().getName();
  }

  /** Counts per name. */
  private static final class Tally {
    private final Map<String, Long> counts = new HashMap<>();
    private long total;

    void add(String name, long weight) {
      counts.merge(name, weight, Long::sum);
      total += weight;
    }

    List<Share> top(double of) {
      List<Share> top = new ArrayList<>();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
          .limit(TOP)
          .forEach(e -> top.add(new Share(e.getKey(), e.getValue() / of)));
      return top;
    }
  }
}
