package io.github.iconikopentext.core.audit;

import static io.github.iconikopentext.core.audit.TestEvents.event;
import static io.github.iconikopentext.core.audit.TestEvents.lines;
import static io.github.iconikopentext.core.audit.TestEvents.sink;
import static io.github.iconikopentext.core.audit.TestEvents.verifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.audit.AuditLogVerification.Kind;
import io.github.iconikopentext.core.audit.AuditLogVerification.Problem;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchors kept off the host: what they let the verifier see that the log alone cannot show. */
class AuditAnchorTest {
  @TempDir Path dir;

  /** Session 1 writes 3 events and closes; its file length is returned. Session 2 then writes 20 more and closes. */
  private long writeTwoSessions(Path log, List<AuditAnchor> published) {
    try (JsonLinesAuditSink first = sink(log).anchorPublisher((file, a) -> published.add(a)).build()) {
      for (int i = 1; i <= 3; i++) {
        first.write(event(i));
      }
    }
    long firstSessionBytes = log.toFile().length();
    try (JsonLinesAuditSink second = sink(log).anchorPublisher((file, a) -> published.add(a)).build()) {
      for (int i = 4; i <= 23; i++) {
        second.write(event(i));
      }
    }
    return firstSessionBytes;
  }

  private static void cutTo(Path log, long bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
      channel.truncate(bytes);
    }
  }

  @Test
  void aLogCutBackToAnEarlierSessionsClose_verifiesAlone_butIsTruncatedGivenTheAnchor() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    List<AuditAnchor> published = new CopyOnWriteArrayList<>();
    long firstSession = writeTwoSessions(log, published);
    AuditAnchor anchor = published.get(published.size() - 1);
    long records = lines(log).size();
    assertThat(anchor.sequence()).as("the closing checkpoint is the last record").isEqualTo(records);

    cutTo(log, firstSession);

    assertThat(verifier().verify(log).isIntact()).as("what the log alone cannot show").isTrue();
    AuditLogVerification anchored = AuditLogVerifier.builder().key(TestEvents.KEY).anchor(anchor).build().verify(log);
    assertThat(anchored.problem()).get().extracting(Problem::kind, Problem::sequence)
        .containsExactly(Kind.TRUNCATED, 6L); // session 1: open, 3 events, close
    assertThat(anchored.indicatesTampering()).isTrue();
    assertThat(anchored.problem().get().message())
        .contains("ends at sequence 5", "before sequence " + anchor.sequence(), "records 6 to at least " + records);
  }

  @Test
  void aMinimumSequenceAlone_catchesTheCut() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    List<AuditAnchor> published = new CopyOnWriteArrayList<>();
    long firstSession = writeTwoSessions(log, published);
    cutTo(log, firstSession);

    AuditLogVerification result = AuditLogVerifier.builder().key(TestEvents.KEY)
        .anchor(AuditAnchor.minimumSequence(6)).build().verify(log);

    assertThat(result.problem()).get().extracting(Problem::kind).isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void anIntactLog_verifiesWithItsAnchor_andReportsItsLastCheckpointAsTheNextAnchor() {
    Path log = dir.resolve("audit.jsonl");
    List<AuditAnchor> published = new CopyOnWriteArrayList<>();
    writeTwoSessions(log, published);
    AuditAnchor anchor = published.get(published.size() - 1);

    AuditLogVerification result = AuditLogVerifier.builder().key(TestEvents.KEY).anchor(anchor).build().verify(log);

    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.lastCheckpoint()).contains(anchor);
    assertThat(published).extracting(AuditAnchor::sequence).as("in order, each once").isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void aLogRewrittenAndReSignedByAKeyHolder_isEditedAtTheAnchor() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    JsonLinesAuditSink sink = sink(log).build();
    sink.write(event(1));
    sink.write(event(2));
    sink.checkpoint();
    sink.close();
    AuditAnchor anchor = sink.lastAnchor();
    assertThat(anchor.sequence()).as("open, 2 events, checkpoint, close").isEqualTo(5);
    // Someone with the key writes a different history of the same length over it.
    Files.delete(log);
    try (JsonLinesAuditSink forger = sink(log).build()) {
      forger.write(event(1));
      forger.write(event(99));
      forger.checkpoint();
    }
    assertThat(verifier().verify(log).isIntact()).as("re-signed: the log alone verifies").isTrue();

    AuditLogVerification result = AuditLogVerifier.builder().key(TestEvents.KEY).anchor(anchor).build().verify(log);

    assertThat(result.problem()).get().extracting(Problem::kind, Problem::line).containsExactly(Kind.EDITED, 5L);
    assertThat(result.problem().get().message()).contains("not the record its anchor names");
  }

  @Test
  void aTornLogThatStopsShortOfTheAnchor_isTruncatedNotTorn() throws IOException {
    Path log = dir.resolve("audit.jsonl");
    List<AuditAnchor> published = new CopyOnWriteArrayList<>();
    long firstSession = writeTwoSessions(log, published);
    cutTo(log, firstSession + 30); // into session 2's opening checkpoint: looks like a crash mid-write

    assertThat(verifier().verify(log).problem()).get().extracting(Problem::kind).isEqualTo(Kind.TORN_LAST_LINE);
    AuditLogVerification anchored = AuditLogVerifier.builder().key(TestEvents.KEY)
        .anchor(published.get(published.size() - 1)).build().verify(log);
    assertThat(anchored.problem()).get().extracting(Problem::kind).isEqualTo(Kind.TRUNCATED);
    assertThat(anchored.problem().get().message()).contains("is incomplete");
  }

  @Test
  void inBatchedMode_anAnchorIsPublishedOnlyOnceItsCheckpointIsOnDisk() {
    Path log = dir.resolve("audit.jsonl");
    List<AuditAnchor> published = new CopyOnWriteArrayList<>();
    try (JsonLinesAuditSink sink = sink(log).syncInterval(Duration.ZERO)
        .anchorPublisher((file, a) -> published.add(a)).build()) {
      assertThat(published).extracting(AuditAnchor::sequence).as("the open checkpoint, synced by open")
          .containsExactly(1L);
      for (int i = 1; i <= 5; i++) {
        sink.write(event(i)); // the fifth is followed by a count checkpoint, sequence 7, not yet synced
      }
      assertThat(published).hasSize(1);
      assertThat(sink.lastAnchor().sequence()).isEqualTo(1);

      sink.flush();

      assertThat(published).extracting(AuditAnchor::sequence).containsExactly(1L, 7L);
      assertThat(sink.lastAnchor()).isEqualTo(published.get(1));
    }
    assertThat(published).extracting(AuditAnchor::sequence).containsExactly(1L, 7L, 8L);
  }

  @Test
  void aFailingPublisher_doesNotFailTheLog() {
    Path log = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink sink = sink(log).anchorPublisher((file, a) -> {
      throw new IllegalStateException("collector down");
    }).build()) {
      sink.write(event(1));
    }

    assertThat(verifier().verify(log).isIntact()).isTrue();
  }

  @Test
  void aForgedCheckpointUnderAnUnknownKeyAfterVerifiedOnes_isTampering_unlessUnknownKeysAreAllowed() {
    Path log = TestEvents.writeLog(dir);
    // Someone without the key appends under a key id of their own: their checkpoints "sign" whatever they add.
    Credential forged = Credential.of("audit-key-2", Secret.of("forger-key-0123456789abcdef-0123456789"));
    try (JsonLinesAuditSink forger = sink(log, StaticCredentialsProvider.of(forged)).build()) {
      forger.write(event(50));
    }

    AuditLogVerification strict = verifier().verify(log);
    assertThat(strict.problem()).get().extracting(Problem::kind, Problem::line).containsExactly(Kind.EDITED, 17L);
    assertThat(strict.indicatesTampering()).isTrue();
    assertThat(strict.problem().get().message()).contains("'audit-key-2'", "forged").doesNotContain("forger-key");

    AuditLogVerification lenient = AuditLogVerifier.builder().key(TestEvents.KEY).allowUnknownKeys(true).build()
        .verify(log);
    assertThat(lenient.problem()).get().extracting(Problem::kind).isEqualTo(Kind.UNVERIFIABLE);
    assertThat(lenient.indicatesTampering()).isFalse();
  }

  @Test
  void aLogWhoseFirstCheckpointIsUnderAnUnknownKey_isUnverifiable_theVerifierLacksTheKeys() {
    Path log = TestEvents.writeLog(dir);
    Credential other = Credential.of("other-key", Secret.of("another-key-0123456789abcdef-0123456789"));

    assertThat(AuditLogVerifier.builder().key(other).build().verify(log).problem()).get()
        .extracting(Problem::kind).isEqualTo(Kind.UNVERIFIABLE);
  }

  @Test
  void theTextForm_roundTrips_andBadTextIsNamed() {
    AuditAnchor anchor = AuditAnchor.of(1216, "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");

    assertThat(anchor.toString())
        .isEqualTo("1216:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    assertThat(AuditAnchor.parse(anchor.toString())).isEqualTo(anchor);
    assertThat(AuditAnchor.parse(" 42 ")).isEqualTo(AuditAnchor.minimumSequence(42));
    assertThatThrownBy(() -> AuditAnchor.parse("0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts at 1");
    assertThatThrownBy(() -> AuditAnchor.parse("12:abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> AuditAnchor.parse("x:abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<sequence>:<sha256 hex>");
  }
}
