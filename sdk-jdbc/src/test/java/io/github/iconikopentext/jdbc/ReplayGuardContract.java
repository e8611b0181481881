package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** What every database must do for {@link JdbcReplayGuard}; subclasses name the database. */
abstract class ReplayGuardContract extends StoreContract {
  private static final Duration TTL = Duration.ofMinutes(10);

  private JdbcReplayGuard.Builder guard() {
    return JdbcReplayGuard.builder(schema).ttl(TTL).clock(clock);
  }

  @Test
  void tryRecord_newId_isRecordedOnce() {
    JdbcReplayGuard guard = guard().build();

    assertThat(guard.tryRecord("msg-1")).isTrue();
    assertThat(guard.tryRecord("msg-1")).isFalse();
    assertThat(guard().build().tryRecord("msg-1")).as("another receiver's guard on the same table").isFalse();
  }

  @Test
  void guardsWithDifferentScopes_doNotSeeEachOthersIds() {
    assertThat(guard().scope("iconik").build().tryRecord("msg-1")).isTrue();

    assertThat(guard().scope("opentext").build().tryRecord("msg-1")).isTrue();
  }

  @Test
  void tryRecord_afterTheRecordExpired_recordsAgain() {
    JdbcReplayGuard guard = guard().build();
    guard.tryRecord("msg-1");
    clock.advance(TTL.minusSeconds(1));
    assertThat(guard.tryRecord("msg-1")).isFalse();

    clock.advance(Duration.ofSeconds(1));

    assertThat(guard.tryRecord("msg-1")).isTrue();
    assertThat(guard.tryRecord("msg-1")).isFalse();
  }

  @Test
  void forget_letsTheNextDeliveryThrough() {
    JdbcReplayGuard guard = guard().build();
    guard.tryRecord("msg-1");

    guard.forget("msg-1");

    assertThat(guard.tryRecord("msg-1")).isTrue();
  }

  @Test
  void idsLongerThanTheColumn_areKeptApart() {
    JdbcReplayGuard guard = guard().build();
    String common = "x".repeat(500);

    assertThat(guard.tryRecord(common + "a")).isTrue();
    assertThat(guard.tryRecord(common + "b")).isTrue();
    assertThat(guard.tryRecord(common + "a")).isFalse();
  }

  @Test
  void purgeExpired_deletesEveryExpiredRowInBatches_andKeepsLiveOnes() throws SQLException {
    JdbcReplayGuard guard = guard().purgeBatchSize(3).purgeInterval(Duration.ofDays(1)).build();
    for (int i = 0; i < 10; i++) {
      guard.tryRecord("old-" + i);
    }
    clock.advance(TTL);
    guard.tryRecord("live");

    assertThat(guard.purgeExpired()).isEqualTo(10);

    assertThat(rows()).isEqualTo(1);
    assertThat(guard.tryRecord("live")).isFalse();
  }

  @Test
  void tryRecord_purgesOneBatchWhenDue_andKeepsPurgingWhileBatchesComeBackFull() throws SQLException {
    JdbcReplayGuard guard = guard().purgeBatchSize(2).purgeInterval(Duration.ofMinutes(1)).build();
    guard.tryRecord("a"); // the first call finds the purge due, with nothing to purge yet
    guard.tryRecord("b");
    guard.tryRecord("c");
    clock.advance(TTL);

    guard.tryRecord("d"); // purges a and b: a full batch, so the purge stays due
    assertThat(rows()).isEqualTo(2);
    guard.tryRecord("e"); // purges c: the backlog is gone, next purge in a minute
    assertThat(rows()).isEqualTo(2);
    clock.advance(TTL);
    guard.tryRecord("f"); // due again: purges d and e
    assertThat(rows()).isEqualTo(1);
  }

  @Test
  void sixteenThreadsClaimingTwoHundredIds_eachIdIsWonExactlyOnce_andOnceMoreAfterExpiry() throws Exception {
    AtomicIntegerArray wins = race(16, 1000, 200);

    assertThat(sum(wins)).isEqualTo(200);
    for (int id = 0; id < 200; id++) {
      assertThat(wins.get(id)).as("winners of msg-%d", id).isEqualTo(1);
    }

    clock.advance(TTL); // every record expired: each id can be won once more, by the conditional update
    AtomicIntegerArray rewins = race(16, 200, 200);

    assertThat(sum(rewins)).isEqualTo(200);
    for (int id = 0; id < 200; id++) {
      assertThat(rewins.get(id)).as("winners of expired msg-%d", id).isEqualTo(1);
    }
  }

  /** {@code threads} guards (as on separate receivers) each claim ids in turn; returns the wins per id. */
  private AtomicIntegerArray race(int threads, int claimsPerThread, int ids) throws Exception {
    AtomicIntegerArray wins = new AtomicIntegerArray(ids);
    Threads.startTogether(threads, t -> {
      JdbcReplayGuard guard = guard().build();
      for (int n = 0; n < claimsPerThread; n++) {
        int id = (n + t * 37) % ids; // threads walk the ids from different places
        if (guard.tryRecord("msg-" + id)) {
          wins.incrementAndGet(id);
        }
      }
    });
    return wins;
  }

  private static int sum(AtomicIntegerArray a) {
    int sum = 0;
    for (int i = 0; i < a.length(); i++) {
      sum += a.get(i);
    }
    return sum;
  }

  @Test
  void twoReceiversSharingTheGuard_rejectTheReplayOfAMessageTheOtherAccepted() {
    Secret secret = Secret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    byte[] body = "{\"event\":\"asset.approved\"}".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(secret).clock(clock)
        .build().sign("msg_2Xv9", clock.instant(), body);
    WebhookVerifier receiverA = receiver(secret);
    WebhookVerifier receiverB = receiver(secret);

    assertThat(receiverA.verify(headers, body).messageId()).contains("msg_2Xv9");

    assertThatThrownBy(() -> receiverB.verify(headers, body))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.REPLAYED));
  }

  @Test
  void badArguments_areRefusedWithTheirName() {
    JdbcReplayGuard guard = guard().build();
    assertThatThrownBy(() -> guard.tryRecord(null)).hasMessage("messageId == null");
    assertThatThrownBy(() -> guard().scope("s".repeat(101))).hasMessageContaining("scope must have 1 to 100");
    assertThatThrownBy(() -> guard().scope(" ")).hasMessageContaining("scope must have");
    assertThatThrownBy(() -> guard().ttl(Duration.ZERO)).hasMessageContaining("ttl must be positive");
    assertThatThrownBy(() -> guard().purgeBatchSize(0)).hasMessageContaining("purgeBatchSize must be at least 1");
  }

  private WebhookVerifier receiver(Secret secret) {
    return WebhookVerifier.builder(WebhookScheme.standardWebhooks()).secret(secret).clock(clock)
        .replayGuard(guard().scope("iconik").build()).build();
  }

  private long rows() throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema.table("replay_guard"))) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
