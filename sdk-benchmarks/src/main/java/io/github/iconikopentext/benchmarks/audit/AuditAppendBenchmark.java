package io.github.iconikopentext.benchmarks.audit;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink.Durability;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending audit events to the hash-chained JSON-lines log ({@link JsonLinesAuditSink}, default settings: a
 * signed checkpoint every 1000 events, batched mode synced every second) in the temporary directory's file system:
 * batched, durable (an fsync per event), and durable with eight writers sharing fsyncs (group commit). The limits
 * write the SDK's own record lines without building them: through a 64 KiB buffer (batched), and with an fsync
 * after each (durable). Each iteration starts a new log and deletes it afterwards.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class AuditAppendBenchmark {
  private static final int EVENTS = 1024;
  private static final StaticCredentialsProvider CHECKPOINT_KEY =
      StaticCredentialsProvider.of("audit-key-1", "benchmark-checkpoint-key-0123456789abcdef");

  /** 1024 different events, and a record line the SDK wrote for one of them. */
  @State(Scope.Benchmark)
  public static class Events {
    AuditEvent[] events;
    byte[] line;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      events = new AuditEvent[EVENTS];
      Instant start = Instant.now();
      for (int i = 0; i < EVENTS; i++) {
        events[i] = AuditEvent.builder(AuditAction.ASSET_TRANSFERRED)
            .time(start.plusMillis(i))
            .environment("prod")
            .system(OpenTextEnvironment.AUDIT_SYSTEM)
            .actor("user-" + (i % 17))
            .credential("app-client-" + (i % 3), "v2")
            .target(AuditTarget.asset("5f0e6a4c-1b2d-4e8f-9a7b-" + String.format("%012d", i)))
            .destination(AuditTarget.of(AuditTarget.Kind.CMS_INSTANCE, "cms-instance-" + i))
            .outcome(AuditOutcome.success(201))
            .requestId("req-" + Integer.toHexString(i * 7919))
            .correlationId("job-" + (i / 10))
            .operation("CmsApi.createInstance")
            .transfer(1_048_576L + i, "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            .detail("trait", "media_governance")
            .build();
      }
      Path dir = Files.createTempDirectory("audit-line");
      Path log = dir.resolve("audit.jsonl");
      try (JsonLinesAuditSink sink = JsonLinesAuditSink.builder(log, CHECKPOINT_KEY).build()) {
        sink.write(events[0]);
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      line = (lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
      deleteTree(dir);
    }
  }

  /** Which event a thread writes next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    AuditEvent next(Events events) {
      AuditEvent event = events.events[next];
      next = (next + 1) & (EVENTS - 1);
      return event;
    }
  }

  /** A fresh log per iteration, in one durability mode. */
  public abstract static class Log {
    Path dir;
    JsonLinesAuditSink sink;

    abstract Durability durability();

    @Setup(Level.Iteration)
    public void open() throws IOException {
      dir = Files.createTempDirectory("audit-bench");
      sink = JsonLinesAuditSink.builder(dir.resolve("audit.jsonl"), CHECKPOINT_KEY).durability(durability()).build();
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
      sink.close();
      deleteTree(dir);
    }
  }

  /** A batched log. */
  @State(Scope.Benchmark)
  public static class BatchedLog extends Log {
    @Override
    Durability durability() {
      return Durability.BATCHED;
    }
  }

  /** A durable log. */
  @State(Scope.Benchmark)
  public static class DurableLog extends Log {
    @Override
    Durability durability() {
      return Durability.DURABLE;
    }
  }

  /** A plain file per iteration for the limits. */
  @State(Scope.Thread)
  public static class PlainFile {
    Path dir;
    OutputStream buffered;
    RandomAccessFile synced;

    @Setup(Level.Iteration)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("audit-limit");
      buffered = new BufferedOutputStream(new FileOutputStream(dir.resolve("buffered.jsonl").toFile()), 64 * 1024);
      synced = new RandomAccessFile(dir.resolve("synced.jsonl").toFile(), "rw");
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
      buffered.close();
      synced.close();
      deleteTree(dir);
    }
  }

  @Benchmark
  public void sdkBatched(BatchedLog log, Events events, Cursor cursor) {
    log.sink.write(cursor.next(events));
  }

  @Benchmark
  public void sdkDurable(DurableLog log, Events events, Cursor cursor) {
    log.sink.write(cursor.next(events));
  }

  @Benchmark
  @Threads(8)
  public void sdkDurableEightWriters(DurableLog log, Events events, Cursor cursor) {
    log.sink.write(cursor.next(events));
  }

  @Benchmark
  public void limitBufferedWrite(PlainFile file, Events events) throws IOException {
    file.buffered.write(events.line);
  }

  @Benchmark
  public void limitWriteAndFsync(PlainFile file, Events events) throws IOException {
    file.synced.write(events.line);
    file.synced.getFD().sync();
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
