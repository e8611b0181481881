package io.github.iconikopentext.core.audit;

import static io.github.iconikopentext.core.audit.TestEvents.event;
import static io.github.iconikopentext.core.audit.TestEvents.lines;
import static io.github.iconikopentext.core.audit.TestEvents.sink;
import static io.github.iconikopentext.core.audit.TestEvents.verifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.CredentialException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesAuditSinkTest {
  @TempDir Path dir;

  @Test
  void eachEventLineIsTheEventsCloudEventWithChainAttributes() throws IOException {
    Path log = dir.resolve("a.jsonl");
    List<AuditEvent> written = new ArrayList<>();
    try (JsonLinesAuditSink sink = sink(log).build()) {
      for (int i = 1; i <= 3; i++) {
        written.add(event(i));
        sink.write(written.get(i - 1));
      }
    }

    List<String> lines = lines(log);
    assertThat(lines).hasSize(5); // open checkpoint, 3 events, closing checkpoint
    for (int i = 1; i <= 3; i++) {
      String line = lines.get(i);
      assertThat(AuditEvent.fromJson(line)).isEqualTo(written.get(i - 1));
      assertThat(line).contains("\"sequence\":\"000000000000000" + (i + 1) + "\"");
      // the chain attributes sit where canonical order puts them: between id and source
      assertThat(line.replaceFirst(",\"prevhash\":\"[0-9a-f]{64}\",\"sequence\":\"\\d{16}\"", ""))
          .isEqualTo(written.get(i - 1).toJson());
    }
    assertThat(lines.get(0)).contains("\"reason\":\"open\"").doesNotContain("previous_session");
    assertThat(lines.get(4)).contains("\"reason\":\"close\"").contains("\"events\":3");
  }

  @Test
  void reopeningContinuesTheChain() {
    Path log = dir.resolve("a.jsonl");
    try (JsonLinesAuditSink sink = sink(log).build()) {
      sink.write(event(1));
    }
    try (JsonLinesAuditSink sink = sink(log).build()) {
      sink.write(event(2));
    }

    AuditLogVerification result = verifier().verify(log);
    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.events()).isEqualTo(2);
    assertThat(result.checkpoints()).isEqualTo(4);
    assertThat(result.uncleanRestarts()).isZero();
  }

  @Test
  void reopeningAfterACrashTrimsTheTornLineAndRecordsIt() throws IOException {
    Path log = dir.resolve("a.jsonl");
    Path crashed = dir.resolve("crashed.jsonl");
    try (JsonLinesAuditSink sink = sink(log).build()) {
      sink.write(event(1));
      sink.write(event(2));
      sink.flush();
      Files.copy(log, crashed); // the file as a crash right now would leave it...
    }
    String torn = "{\"data\":{\"action\":\"asset.re";
    Files.writeString(crashed, torn, StandardOpenOption.APPEND); // ...in the middle of the next line
    assertThat(verifier().verify(crashed).problem()).get()
        .extracting(AuditLogVerification.Problem::kind).isEqualTo(AuditLogVerification.Kind.TORN_LAST_LINE);

    try (JsonLinesAuditSink sink = sink(crashed).build()) {
      sink.write(event(3));
    }

    AuditLogVerification result = verifier().verify(crashed);
    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.events()).isEqualTo(3);
    assertThat(result.uncleanRestarts()).isEqualTo(1);
    String reopen = lines(crashed).get(3);
    assertThat(reopen).contains("\"reason\":\"open\"", "\"previous_session\":\"unclosed\"",
        "\"discarded_bytes\":" + torn.length());
  }

  @Test
  void logWrittenByEightThreadsVerifies() throws Exception {
    Path log = dir.resolve("concurrent.jsonl");
    int threads = 8;
    int perThread = 1_000;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (JsonLinesAuditSink sink = sink(log).checkpointEvery(100).build()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            sink.write(event(thread * perThread + i));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    AuditLogVerification result = verifier().verify(log);
    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.events()).isEqualTo(threads * perThread);
    Set<String> subjects = new HashSet<>();
    for (String line : lines(log)) {
      if (!line.contains("audit.checkpoint")) {
        subjects.add(AuditEvent.fromJson(line).subject());
      }
    }
    assertThat(subjects).as("every event exactly once").hasSize(threads * perThread);
  }

  @Test
  void durableLogWrittenByEightThreadsVerifiesWhileOpen() throws Exception {
    Path log = dir.resolve("durable.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (JsonLinesAuditSink sink = sink(log).durability(JsonLinesAuditSink.Durability.DURABLE).build()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            sink.write(event(thread * 100 + i));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      // durable: everything acknowledged is already in the file, before any flush or close
      AuditLogVerification live =
          AuditLogVerifier.builder().key(TestEvents.KEY).expectClosed(false).build().verify(log);
      assertThat(live.isIntact()).as(live.toString()).isTrue();
      assertThat(live.events()).isEqualTo(200);
    } finally {
      pool.shutdown();
    }
    assertThat(verifier().verify(log).isIntact()).isTrue();
  }

  @Test
  void manualCheckpointAndFlushMakeALiveLogVerifiable() {
    Path log = dir.resolve("a.jsonl");
    try (JsonLinesAuditSink sink = sink(log).build()) {
      sink.write(event(1));
      sink.checkpoint();
      sink.flush();
      AuditLogVerification live = verifier().verify(log);
      assertThat(live.problem()).get().extracting(AuditLogVerification.Problem::kind)
          .as("still open").isEqualTo(AuditLogVerification.Kind.UNCLOSED);
      assertThat(live.records()).isEqualTo(3);
    }
  }

  @Test
  void rotatedKeyTakesEffectAtTheNextCheckpointAndBothKeysVerify() {
    Path log = dir.resolve("a.jsonl");
    Credential second = Credential.of("audit-key-2", Secret.of("second-audit-key-0123456789abcdef-0123456789"));
    AtomicReference<Credential> current = new AtomicReference<>(TestEvents.KEY);
    try (JsonLinesAuditSink sink = sink(log, current::get).build()) {
      sink.write(event(1));
      current.set(second);
      sink.write(event(2));
    }

    assertThat(AuditLogVerifier.builder().key(TestEvents.KEY).key(second).build().verify(log).isIntact()).isTrue();
    assertThat(verifier().verify(log).problem()).get().as("a key the verifier lacks, after verified checkpoints")
        .extracting(AuditLogVerification.Problem::kind).isEqualTo(AuditLogVerification.Kind.EDITED);
    assertThat(AuditLogVerifier.builder().key(TestEvents.KEY).allowUnknownKeys(true).build().verify(log).problem())
        .get().extracting(AuditLogVerification.Problem::kind).isEqualTo(AuditLogVerification.Kind.UNVERIFIABLE);
  }

  @Test
  void keyFailureAtACheckpointFailsTheWriteBeforeTheEventIsRecorded() throws IOException {
    Path log = dir.resolve("a.jsonl");
    AtomicReference<RuntimeException> keyFailure = new AtomicReference<>();
    CredentialsProvider flaky = () -> {
      RuntimeException failure = keyFailure.get();
      if (failure != null) {
        throw failure;
      }
      return TestEvents.KEY;
    };
    try (JsonLinesAuditSink sink = sink(log, flaky).checkpointEvery(2).build()) {
      sink.write(event(1));
      keyFailure.set(new CredentialException("key vault unreachable"));
      assertThatThrownBy(() -> sink.write(event(2)))
          .isInstanceOf(AuditException.class).hasMessageContaining("key vault unreachable");
      keyFailure.set(null);
      sink.write(event(3));
    }

    AuditLogVerification result = verifier().verify(log);
    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.events()).isEqualTo(2);
    assertThat(Files.readString(log)).contains("asset-1", "asset-3").doesNotContain("asset-2");
  }

  @Test
  void secondWriterOnTheSameFileIsRefused() {
    Path log = dir.resolve("a.jsonl");
    try (JsonLinesAuditSink first = sink(log).build()) {
      assertThatThrownBy(() -> sink(log).build())
          .isInstanceOf(AuditException.class)
          .hasMessageContaining("already open for writing");
      first.write(event(1));
    }
    assertThat(verifier().verify(log).isIntact()).isTrue();
  }

  @Test
  void shortOrMissingKeyIsRefusedWithoutShowingIt() {
    Path log = dir.resolve("a.jsonl");
    assertThatThrownBy(() -> JsonLinesAuditSink.builder(log, StaticCredentialsProvider.of("k", "short-secret")).build())
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("'k' is 12 bytes long")
        .hasMessageNotContaining("short-secret");
    CredentialsProvider none = () -> {
      throw new CredentialException("no audit key in AUDIT_KEY");
    };
    assertThatThrownBy(() -> JsonLinesAuditSink.builder(dir.resolve("b.jsonl"), none).build())
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("no audit key in AUDIT_KEY");
  }

  @Test
  void writingAfterCloseThrows() {
    JsonLinesAuditSink sink = sink(dir.resolve("a.jsonl")).build();
    sink.close();
    sink.close(); // idempotent

    assertThatThrownBy(() -> sink.write(event(1))).isInstanceOf(AuditException.class).hasMessageContaining("closed");
  }

  @Test
  void fileWhoseLastCompleteLineIsNotARecordIsNotAppendedTo() throws IOException {
    Path log = dir.resolve("a.jsonl");
    Files.writeString(log, "not json\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> sink(log).build())
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("last complete line is not an audit record");
    assertThat(Files.readString(log)).isEqualTo("not json\n");
  }

  @Test
  void logNeverContainsTheKeyOrASecret() throws IOException {
    Path log = dir.resolve("a.jsonl");
    Secret apiSecret = Secret.of("iconik-auth-token-value-5d2c");
    try (JsonLinesAuditSink sink = sink(log).build()) {
      sink.write(event(1).toBuilder().credential(Credential.of("app-id-1", apiSecret)).build());
    }

    String content = Files.readString(log);
    assertThat(TestEvents.KEY.secret().isContainedIn(content)).isFalse();
    assertThat(apiSecret.isContainedIn(content)).isFalse();
    assertThat(content).contains("app-id-1");
  }
}
