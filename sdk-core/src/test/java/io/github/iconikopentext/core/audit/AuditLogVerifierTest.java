package io.github.iconikopentext.core.audit;

import static io.github.iconikopentext.core.audit.TestEvents.lines;
import static io.github.iconikopentext.core.audit.TestEvents.verifier;
import static io.github.iconikopentext.core.audit.TestEvents.writeLines;
import static io.github.iconikopentext.core.audit.TestEvents.writeLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.audit.AuditLogVerification.Kind;
import io.github.iconikopentext.core.audit.AuditLogVerification.Problem;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogVerifierTest {
  private static final Pattern PREVHASH = Pattern.compile("\"prevhash\":\"([0-9a-f]{64})\"");
  private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":\"(\\d+)\"");

  @TempDir Path dir;

  @Test
  void intactLogVerifies() {
    AuditLogVerification result = verifier().verify(writeLog(dir));

    assertThat(result.isIntact()).isTrue();
    assertThat(result.indicatesTampering()).isFalse();
    assertThat(result.records()).isEqualTo(16);
    assertThat(result.events()).isEqualTo(12);
    assertThat(result.checkpoints()).isEqualTo(4);
    assertThat(result.lastSequence()).isEqualTo(16);
    assertThat(result.closed()).isTrue();
    assertThat(result.uncleanRestarts()).isZero();
  }

  @Test
  void editedEventIsLocatedAtTheEditedLine() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.set(3, lines.get(3).replace("\"asset-3\"", "\"asset-X\""));
    writeLines(log, lines);

    assertProblem(log, Kind.EDITED, 4, 4);
  }

  @Test
  void editedLastEventBeforeACheckpointIsLocated() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.set(14, lines.get(14).replace("\"outcome\":\"success\"", "\"outcome\":\"failure\""));
    writeLines(log, lines);

    assertProblem(log, Kind.EDITED, 15, 15);
  }

  @Test
  void editedCheckpointFailsItsSignature() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.set(6, lines.get(6).replace("\"events\":5", "\"events\":4"));
    writeLines(log, lines);

    assertProblem(log, Kind.EDITED, 7, 7);
  }

  @Test
  void editWithRecomputedChainIsCaughtByTheNextCheckpoint() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.set(8, lines.get(8).replace("\"asset-7\"", "\"asset-X\""));
    rechain(lines, 9); // the attacker fixes every prevhash after the edit, but cannot sign
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.EDITED, 13, 13);
    assertThat(p.message()).contains("checkpoint").contains("recomputed");
  }

  @Test
  void deletedRecordIsLocatedAfterTheGap() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.remove(4); // sequence 5
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.DELETED, 5, 5);
    assertThat(p.message()).contains("record 5 is missing before line 5");
  }

  @Test
  void deletedRunOfRecordsNamesTheRange() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.subList(7, 10).clear(); // sequences 8, 9, 10
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.DELETED, 8, 8);
    assertThat(p.message()).contains("records 8 to 10 are missing");
  }

  @Test
  void deletedFirstRecordsAreDetected() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.subList(0, 2).clear();
    writeLines(log, lines);

    assertProblem(log, Kind.DELETED, 1, 1);
  }

  @Test
  void duplicatedRecordIsAnInsertion() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.add(5, lines.get(4)); // a second copy of sequence 5 after the first
    writeLines(log, lines);

    assertProblem(log, Kind.INSERTED, 6, 5);
  }

  @Test
  void forgedRecordThatFitsTheChainIsAnInsertion() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    // A forgery with the next sequence number and the correct prevhash: SHA-256 needs no key.
    String forged = lines.get(9).replace("\"asset-9\"", "\"asset-forged\"")
        .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"forged\"")
        .replaceFirst(PREVHASH.pattern(), "\"prevhash\":\"" + sha256(lines.get(9)) + "\"")
        .replaceFirst(SEQUENCE.pattern(), "\"sequence\":\"0000000000000011\"");
    lines.add(10, forged);
    writeLines(log, lines);

    assertProblem(log, Kind.INSERTED, 11, 11);
  }

  @Test
  void recordAppendedAfterTheClosingCheckpointIsAnInsertion() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    String appended = lines.get(14)
        .replaceFirst(PREVHASH.pattern(), "\"prevhash\":\"" + sha256(lines.get(15)) + "\"")
        .replaceFirst(SEQUENCE.pattern(), "\"sequence\":\"0000000000000017\"");
    lines.add(appended);
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.INSERTED, 17, 17);
    assertThat(p.message()).contains("follows the closing checkpoint");
  }

  @Test
  void swappedRecordsAreReordered() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    String third = lines.get(2);
    lines.set(2, lines.get(3));
    lines.set(3, third);
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.REORDERED, 3, 4);
    assertThat(p.message()).contains("ahead of sequence 3 at line 4");
  }

  @Test
  void recordMovedFarBackIsReordered() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    String moved = lines.remove(1); // sequence 2 to the end of the second batch
    lines.add(10, moved);
    writeLines(log, lines);

    assertProblem(log, Kind.REORDERED, 2, 3);
  }

  @Test
  void cutOffTailWithoutAnAnchor_isUnclosed_asACrashedWritersLogIs() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.subList(13, 16).clear(); // the two last events and the closing checkpoint
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.UNCLOSED, 14, 14);
    assertThat(p.message()).contains("last checkpoint (line 13)");
    assertThat(AuditLogVerifier.builder().key(TestEvents.KEY).expectClosed(false).build().verify(log).isIntact())
        .as("the same log read as one still being written").isTrue();
  }

  @Test
  void cutOffTailWithEventsAfterTheLastCheckpointIsUnclosed() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.remove(15); // only the closing checkpoint
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.UNCLOSED, 16, 16);
    assertThat(p.message()).contains("ends 2 event(s) after its last checkpoint");
  }

  @Test
  void cutOffTailBeforeTheAnchor_isTruncation() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    AuditAnchor closing = AuditAnchor.of(16, sha256(lines.get(15)));
    lines.subList(13, 16).clear();
    writeLines(log, lines);

    AuditLogVerification result = AuditLogVerifier.builder().key(TestEvents.KEY).anchor(closing).build().verify(log);

    assertThat(result.problem()).get().extracting(Problem::kind, Problem::line, Problem::sequence)
        .containsExactly(Kind.TRUNCATED, 14L, 14L);
    assertThat(result.indicatesTampering()).isTrue();
  }

  @Test
  void tornLastLineIsACrashNotTampering() throws IOException {
    Path log = writeLog(dir);
    String partial = lines(log).get(14).substring(0, 40);
    Files.writeString(log, partial, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    AuditLogVerification result = verifier().verify(log);

    assertThat(result.problem()).get().extracting(Problem::kind, Problem::line)
        .containsExactly(Kind.TORN_LAST_LINE, 17L);
    assertThat(result.indicatesTampering()).isFalse();
    assertThat(result.records()).as("everything before the torn line verified").isEqualTo(16);
  }

  @Test
  void tornLineOfZeroBytesAfterACrashIsTorn() throws IOException {
    Path log = writeLog(dir);
    Files.write(log, new byte[512], StandardOpenOption.APPEND); // some file systems fill the lost tail with NULs

    assertThat(verifier().verify(log).problem()).get().extracting(Problem::kind).isEqualTo(Kind.TORN_LAST_LINE);
  }

  @Test
  void completeLineThatIsNotARecordIsAnEdit() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.set(5, "{\"hello\":\"world\"}");
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.EDITED, 6, 6);
    assertThat(p.message()).contains("line 6 is not an audit record");
  }

  @Test
  void hugeLineIsReportedWithoutBeingReadIntoMemory() throws IOException {
    Path log = writeLog(dir);
    List<String> lines = lines(log);
    lines.set(4, "x".repeat(3 << 20));
    writeLines(log, lines);

    Problem p = assertProblem(log, Kind.EDITED, 5, 5);
    assertThat(p.message()).contains("longer than 1048576 bytes");
  }

  @Test
  void wrongKeyDoesNotVerifyTheFirstCheckpoint() {
    Path log = writeLog(dir);
    Credential sameIdOtherSecret =
        new Credential(TestEvents.KEY.id(), Secret.of("another-key-0123456789abcdef-0123456789"), null, null);

    AuditLogVerification result = AuditLogVerifier.builder().key(sameIdOtherSecret).build().verify(log);

    assertThat(result.problem()).get().extracting(Problem::kind, Problem::line).containsExactly(Kind.EDITED, 1L);
  }

  @Test
  void unknownKeyIsUnverifiableNotTampering() {
    Path log = writeLog(dir);
    Credential other = Credential.of("other-key", Secret.of("another-key-0123456789abcdef-0123456789"));

    AuditLogVerification result = AuditLogVerifier.builder().key(other).build().verify(log);

    assertThat(result.problem()).get().extracting(Problem::kind).isEqualTo(Kind.UNVERIFIABLE);
    assertThat(result.problem().get().message()).contains("audit-key-1");
    assertThat(result.indicatesTampering()).isFalse();
  }

  @Test
  void emptyFileIsTruncated() throws IOException {
    Path log = Files.createFile(dir.resolve("empty.jsonl"));

    assertProblem(log, Kind.TRUNCATED, 1, 1);
  }

  @Test
  void missingFileIsAnError() {
    assertThatThrownBy(() -> verifier().verify(dir.resolve("nope.jsonl")))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("no audit log at");
  }

  @Test
  void verifierNeedsAKeyOfAtLeast32Bytes() {
    assertThatThrownBy(() -> AuditLogVerifier.builder().build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> AuditLogVerifier.builder().key(Credential.of("short", Secret.of("too-short"))))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("'short' is 9 bytes long")
        .hasMessageNotContaining("too-short");
  }

  private static Problem assertProblem(Path log, Kind kind, long line, long sequence) {
    AuditLogVerification result = verifier().verify(log);
    assertThat(result.problem()).as("verification of a tampered log").isPresent();
    Problem p = result.problem().get();
    assertThat(p.kind()).as(p.message()).isEqualTo(kind);
    assertThat(p.line()).as(p.message()).isEqualTo(line);
    assertThat(p.sequence()).as(p.message()).isEqualTo(sequence);
    assertThat(result.indicatesTampering()).isEqualTo(kind.indicatesTampering());
    return p;
  }

  /** Rewrites the prevhash of every line from index {@code from} on, as an attacker without the key could. */
  private static void rechain(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      Matcher m = PREVHASH.matcher(lines.get(i));
      assertThat(m.find()).isTrue();
      lines.set(i, m.replaceFirst("\"prevhash\":\"" + sha256(lines.get(i - 1)) + "\""));
    }
  }

  static String sha256(String line) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
