package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditLogVerification.Kind;
import io.github.iconikopentext.core.audit.AuditLogVerifier;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every database must do for {@link JdbcAuditSink} and {@link JdbcAuditVerifier}; subclasses name it. */
abstract class AuditChainContract extends StoreContract {
  private static final Credential KEY =
      Credential.of("audit-key-1", Secret.of("audit-key-0123456789abcdef-0123456789"));
  private static final Pattern EVENT_ID =
      Pattern.compile("\"datacontenttype\":\"application/json\",\"id\":\"([^\"]+)\"");

  private JdbcAuditSink.Builder sink() {
    return JdbcAuditSink.builder(schema, () -> KEY).checkpointEvery(5).checkpointInterval(Duration.ZERO).clock(clock);
  }

  private AuditLogVerification verify() {
    return JdbcAuditVerifier.builder(schema).key(KEY).build().verify();
  }

  private AuditEvent event(int n) {
    return AuditEvent.builder(AuditAction.ASSET_TRANSFERRED).environment("prod").system(OpenTextEnvironment.AUDIT_SYSTEM)
        .time(clock.instant()).target(AuditTarget.asset("asset-" + n)).transfer(1000L + n, null).build();
  }

  private void write(JdbcAuditSink sink, int events) {
    for (int n = 1; n <= events; n++) {
      sink.write(event(n));
    }
  }

  @Test
  void writtenEvents_formAChainThatVerifies_withACheckpointEveryFiveEvents() {
    write(sink().build(), 12);

    AuditLogVerification result = verify();

    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.events()).isEqualTo(12);
    assertThat(result.checkpoints()).isEqualTo(2);
    assertThat(result.lastSequence()).isEqualTo(14);
  }

  @Test
  void emptyChain_verifies() {
    AuditLogVerification result = verify();

    assertThat(result.isIntact()).isTrue();
    assertThat(result.records()).isZero();
  }

  @Test
  void theTable_holdsTheSameRecordsAsALogFile_soTheFileVerifierAcceptsThem(@TempDir Path dir) throws Exception {
    write(sink().build(), 7);
    Path log = dir.resolve("exported.jsonl");
    Files.writeString(log, String.join("\n", records()) + "\n", StandardCharsets.UTF_8);

    AuditLogVerification result = AuditLogVerifier.builder().key(KEY).expectClosed(false).build().verify(log);

    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.events()).isEqualTo(7);
  }

  @Test
  void intervalCheckpoints_followTheChainsClock() {
    JdbcAuditSink sink = sink().checkpointEvery(0).checkpointInterval(Duration.ofMinutes(1)).build();
    sink.write(event(1)); // no checkpoint yet in the chain: one is due
    sink.write(event(2));
    clock.advance(Duration.ofSeconds(59));
    sink.write(event(3));
    clock.advance(Duration.ofSeconds(1));
    sink.write(event(4));

    AuditLogVerification result = verify();

    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.checkpoints()).isEqualTo(2);
  }

  @Test
  void eightThreadsAppending_writeOneUnbrokenChainThatVerifies() throws Exception {
    int threads = 8;
    int eventsPerThread = 150;
    // Four sinks, as on four nodes, each shared by two threads, as in one process.
    List<JdbcAuditSink> sinks = List.of(sink().build(), sink().build(), sink().build(), sink().build());
    Set<String> written = ConcurrentHashMap.newKeySet();

    Threads.startTogether(threads, t -> {
      for (int n = 0; n < eventsPerThread; n++) {
        AuditEvent event = event(n);
        sinks.get(t % sinks.size()).write(event);
        written.add(event.id());
      }
    });

    AuditLogVerification result = verify();

    assertThat(result.isIntact()).as(result.toString()).isTrue();
    assertThat(result.events()).isEqualTo(threads * eventsPerThread);
    assertThat(result.checkpoints()).isEqualTo(threads * eventsPerThread / 5);
    Set<String> recorded = new HashSet<>();
    for (String record : records()) {
      Matcher id = EVENT_ID.matcher(record);
      assertThat(id.find()).isTrue();
      recorded.add(id.group(1));
    }
    assertThat(recorded).containsAll(written);
  }

  @Test
  void editedRecord_isDetected() throws SQLException {
    write(sink().build(), 12);

    execute("UPDATE " + schema.table("audit_event")
        + " SET record = REPLACE(record, 'asset-3', 'asset-9') WHERE seq = 3");

    AuditLogVerification result = verify();
    assertThat(result.problem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(Kind.EDITED);
      assertThat(p.sequence()).isEqualTo(3);
    });
    assertThat(result.indicatesTampering()).isTrue();
  }

  @Test
  void deletedRecord_isDetected() throws SQLException {
    write(sink().build(), 12);

    execute("DELETE FROM " + schema.table("audit_event") + " WHERE seq = 8");

    assertThat(verify().problem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(Kind.DELETED);
      assertThat(p.sequence()).isEqualTo(8);
    });
  }

  @Test
  void recordsDeletedFromTheEnd_areDetectedByTheHead() throws SQLException {
    write(sink().build(), 12);

    execute("DELETE FROM " + schema.table("audit_event") + " WHERE seq > 12");

    assertThat(verify().problem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(Kind.TRUNCATED);
      assertThat(p.sequence()).isEqualTo(13);
      assertThat(p.message()).contains("records 13 to 14 are missing");
    });
  }

  @Test
  void tailDeletedWithTheHeadMovedBack_verifiesAlone_butIsTruncatedGivenThePublishedAnchor() throws SQLException {
    List<io.github.iconikopentext.core.audit.AuditAnchor> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    JdbcAuditSink sink = sink().anchorPublisher((table, anchor) -> published.add(anchor)).build();
    write(sink, 12); // a checkpoint after every 5 events: sequences 6 and 12
    assertThat(published).extracting(io.github.iconikopentext.core.audit.AuditAnchor::sequence)
        .containsExactly(6L, 12L);
    assertThat(sink.lastAnchor()).contains(published.get(1));

    // Whoever can write the tables cuts the chain back to its first checkpoint and moves the head with it.
    String firstHash = published.get(0).hash().orElseThrow();
    execute("DELETE FROM " + schema.table("audit_event") + " WHERE seq > 6");
    execute("UPDATE " + schema.table("audit_head") + " SET seq = 6, hash = '" + firstHash + "' WHERE id = 1");
    assertThat(verify().isIntact()).as("what the database alone cannot show").isTrue();

    AuditLogVerification anchored = JdbcAuditVerifier.builder(schema).key(KEY).anchor(published.get(1)).build()
        .verify();

    assertThat(anchored.problem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(Kind.TRUNCATED);
      assertThat(p.sequence()).isEqualTo(7);
    });
    assertThat(anchored.indicatesTampering()).isTrue();
  }

  @Test
  void aForgedCheckpointUnderAnUnknownKey_afterVerifiedOnes_isTampering() {
    write(sink().build(), 6);
    Credential forged = Credential.of("audit-key-9", Secret.of("forger-key-0123456789abcdef-0123456789"));
    JdbcAuditSink forger = JdbcAuditSink.builder(schema, () -> forged).checkpointEvery(5)
        .checkpointInterval(Duration.ZERO).clock(clock).build();
    write(forger, 5);

    AuditLogVerification result = verify();

    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(Kind.EDITED));
    assertThat(JdbcAuditVerifier.builder(schema).key(KEY).allowUnknownKeys(true).build().verify().problem())
        .map(AuditLogVerification.Problem::kind).contains(Kind.UNVERIFIABLE);
  }

  @Test
  void editWithTheChainRecomputed_isDetectedByTheNextCheckpointsSignature() throws Exception {
    write(sink().build(), 12);
    List<String> records = records();

    // An attacker edits record 2 and repairs every later prevhash, but cannot sign: checkpoint 6 no longer verifies.
    records.set(1, records.get(1).replace("asset-2", "asset-7"));
    for (int i = 2; i < records.size(); i++) {
      String previousHash = sha256(records.get(i - 1));
      records.set(i, records.get(i)
          .replaceFirst("\"prevhash\":\"[0-9a-f]{64}\"", "\"prevhash\":\"" + previousHash + "\""));
    }
    rewrite(records);

    assertThat(verify().problem()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(Kind.EDITED);
      assertThat(p.sequence()).isEqualTo(6);
      assertThat(p.message()).contains("does not verify with key 'audit-key-1'");
    });
  }

  @Test
  void checkpointSignedWithAKeyTheVerifierLacks_isUnverifiable() {
    write(sink().build(), 6);
    Credential other = Credential.of("other-key", Secret.of("another-key-0123456789abcdef-0123456789"));

    AuditLogVerification result = JdbcAuditVerifier.builder(schema).key(other).build().verify();

    assertThat(result.problem()).map(AuditLogVerification.Problem::kind).contains(Kind.UNVERIFIABLE);
    assertThat(result.indicatesTampering()).isFalse();
  }

  @Test
  void write_whenTheDatabaseFails_throwsNamingTheTableAndTheCause() {
    JdbcSchema notMigrated = JdbcSchema.of(dataSource(), TestDatabases.uniquePrefix());
    JdbcAuditSink sink = JdbcAuditSink.builder(notMigrated, () -> KEY).build();

    assertThatThrownBy(() -> sink.write(event(1)))
        .isInstanceOf(AuditException.class)
        .hasCauseInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("could not append 1 audit event(s) to " + notMigrated.table("audit_event"))
        .hasMessageContaining("run JdbcSchema.migrate()");
  }

  @Test
  void closedSink_refusesEvents_andAShortKeyIsRefusedAtBuild() {
    JdbcAuditSink sink = sink().build();
    sink.close();

    assertThatThrownBy(() -> sink.write(event(1))).isInstanceOf(AuditException.class).hasMessageContaining("closed");
    Credential shortKey = Credential.of("short", Secret.of("too-short"));
    assertThatThrownBy(() -> JdbcAuditSink.builder(schema, () -> shortKey).build())
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("'short'")
        .hasMessageNotContaining("too-short");
  }

  List<String> records() throws SQLException {
    List<String> records = new ArrayList<>();
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT record FROM " + schema.table("audit_event") + " ORDER BY seq")) {
      while (rs.next()) {
        records.add(rs.getString(1));
      }
    }
    return records;
  }

  private void rewrite(List<String> records) throws SQLException {
    try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "UPDATE " + schema.table("audit_event") + " SET record = ? WHERE seq = ?")) {
      for (int i = 0; i < records.size(); i++) {
        ps.setString(1, records.get(i));
        ps.setLong(2, i + 1);
        ps.executeUpdate();
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
