package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.integration.transfer.TransferRecord;
import io.github.iconikopentext.integration.transfer.TransferStore.Claim;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for {@link JdbcTransferStore}; subclasses name the database. */
abstract class TransferStoreContract extends StoreContract {
  private static final Duration LEASE = Duration.ofMinutes(1);

  private JdbcTransferStore store;

  @BeforeEach
  void createStore() {
    store = new JdbcTransferStore(schema, clock);
  }

  @Test
  void claim_newTransfer_grantedFromTheStartUntilTheLeaseEnds() {
    Claim claim = store.claim("tr-1", "w1", LEASE);

    assertThat(claim).isEqualTo(new Claim.Granted(0, 1, START.truncatedTo(ChronoUnit.MICROS).plus(LEASE)));
  }

  @Test
  void claim_whileAnotherWorkerHoldsTheLease_isHeldByThatWorker() {
    Claim.Granted granted = (Claim.Granted) store.claim("tr-1", "w1", LEASE);
    clock.advance(LEASE.minusSeconds(1));

    assertThat(store.claim("tr-1", "w2", LEASE)).isEqualTo(new Claim.Held("w1", granted.leaseUntil()));
  }

  @Test
  void claim_afterTheHoldersLeaseExpired_takesOverFromItsCheckpoint() {
    store.claim("tr-1", "w1", LEASE);
    assertThat(store.checkpoint("tr-1", "w1", 500, LEASE)).isTrue();
    clock.advance(LEASE.plusMillis(1)); // w1 died: no checkpoint renewed its lease

    Claim takeover = store.claim("tr-1", "w2", LEASE);

    assertThat(takeover).isInstanceOf(Claim.Granted.class);
    assertThat(((Claim.Granted) takeover).offset()).isEqualTo(500);
    assertThat(((Claim.Granted) takeover).attempt()).isEqualTo(2);
    assertThat(store.checkpoint("tr-1", "w1", 900, LEASE)).as("the old holder must stop").isFalse();
    store.release("tr-1", "w1");
    assertThat(store.claim("tr-1", "w3", LEASE)).as("w1's release must not free w2's lease")
        .isInstanceOf(Claim.Held.class)
        .extracting(c -> ((Claim.Held) c).worker()).isEqualTo("w2");
  }

  @Test
  void checkpoint_renewsTheLease() {
    store.claim("tr-1", "w1", LEASE);
    clock.advance(Duration.ofSeconds(50));
    assertThat(store.checkpoint("tr-1", "w1", 100, LEASE)).isTrue();
    clock.advance(Duration.ofSeconds(50)); // past the first lease, within the renewed one

    assertThat(store.claim("tr-1", "w2", LEASE)).isInstanceOf(Claim.Held.class);
  }

  @Test
  void checkpoint_ofATransferNeverClaimed_isRefused() {
    assertThat(store.checkpoint("tr-unknown", "w1", 1, LEASE)).isFalse();
  }

  @Test
  void release_keepsTheCheckpointForTheNextAttempt() {
    store.claim("tr-1", "w1", LEASE);
    store.checkpoint("tr-1", "w1", 700, LEASE);
    store.release("tr-1", "w1");

    Claim next = store.claim("tr-1", "w2", LEASE);

    assertThat(next).isInstanceOf(Claim.Granted.class);
    assertThat(((Claim.Granted) next).offset()).isEqualTo(700);
    assertThat(((Claim.Granted) next).attempt()).isEqualTo(2);
  }

  @Test
  void claim_bySameWorkerAgain_renewsAndCountsAnAttempt() {
    store.claim("tr-1", "w1", LEASE);

    Claim again = store.claim("tr-1", "w1", LEASE);

    assertThat(again).isInstanceOf(Claim.Granted.class);
    assertThat(((Claim.Granted) again).attempt()).isEqualTo(2);
  }

  @Test
  void complete_recordsTheTransfer_andLaterClaimsSeeItCompleted() {
    store.claim("tr-1", "w1", LEASE);
    TransferRecord record = record("tr-1", "cms:instance-1");

    store.complete(record, "w1");

    TransferRecord stored = withMicros(record);
    assertThat(store.completed("tr-1")).contains(stored);
    assertThat(store.claim("tr-1", "w2", LEASE)).isEqualTo(new Claim.Completed(stored));
    assertThat(store.checkpoint("tr-1", "w1", 10, LEASE)).isFalse();
  }

  @Test
  void complete_again_keepsTheFirstRecord() {
    store.claim("tr-1", "w1", LEASE);
    store.complete(record("tr-1", "first"), "w1");

    store.complete(record("tr-1", "second"), "w1");

    assertThat(store.completed("tr-1")).map(TransferRecord::location).contains("first");
  }

  @Test
  void complete_withoutAClaim_recordsIt() {
    store.complete(record("tr-9", "loc"), "w1");

    assertThat(store.completed("tr-9")).contains(withMicros(record("tr-9", "loc")));
  }

  @Test
  void completed_ofAnUnknownOrRunningTransfer_isEmpty() {
    store.claim("tr-1", "w1", LEASE);

    assertThat(store.completed("tr-1")).isEmpty();
    assertThat(store.completed("tr-unknown")).isEmpty();
  }

  @Test
  void badArguments_areRefusedWithTheirName() {
    assertThatThrownBy(() -> store.claim(null, "w1", LEASE)).hasMessage("transferId == null");
    assertThatThrownBy(() -> store.claim("tr-1", "w1", Duration.ZERO)).hasMessageContaining("lease must be positive");
    assertThatThrownBy(() -> store.claim("tr-1", "w".repeat(201), LEASE)).hasMessageContaining("worker must have");
    assertThatThrownBy(() -> store.checkpoint("tr-1", "w1", -1, LEASE)).hasMessageContaining("offset is negative");
  }

  @Test
  void twoWorkersRacingForTheSameTransfers_eachTransferRunsOnce() throws Exception {
    int transfers = 100;
    AtomicIntegerArray runs = new AtomicIntegerArray(transfers);

    Threads.startTogether(2, w -> {
      for (int i = 0; i < transfers; i++) {
        runUntilDone("w" + w, i, runs);
      }
    });

    for (int i = 0; i < transfers; i++) {
      assertThat(runs.get(i)).as("runs of transfer %d", i).isEqualTo(1);
      assertThat(store.completed("tr-" + i)).isPresent();
    }
  }

  @Test
  void manyWorkersRacingToTakeOverExpiredLeases_eachLeaseGoesToOneWorker() throws Exception {
    int transfers = 50;
    int workers = 8;
    for (int i = 0; i < transfers; i++) {
      store.claim("tr-" + i, "crashed", LEASE);
    }
    clock.advance(LEASE); // every lease expired: the crashed worker never comes back
    AtomicIntegerArray grants = new AtomicIntegerArray(transfers);

    Threads.startTogether(workers, w -> {
      for (int i = 0; i < transfers; i++) {
        if (store.claim("tr-" + i, "w" + w, LEASE) instanceof Claim.Granted) {
          grants.incrementAndGet(i);
        }
      }
    });

    for (int i = 0; i < transfers; i++) {
      assertThat(grants.get(i)).as("workers granted tr-%d", i).isEqualTo(1);
    }
  }

  /** A worker's loop: run the transfer if granted, wait while the other holds it, stop once it completed. */
  private void runUntilDone(String worker, int i, AtomicIntegerArray runs) {
    String id = "tr-" + i;
    while (true) {
      Claim claim = store.claim(id, worker, LEASE);
      if (claim instanceof Claim.Granted) {
        runs.incrementAndGet(i);
        store.complete(record(id, worker), worker);
        return;
      }
      if (claim instanceof Claim.Completed) {
        return;
      }
      Thread.onSpinWait();
    }
  }

  private TransferRecord record(String id, String location) {
    return new TransferRecord(id, "asset-1", "file-1", "opentext", location, 1234, "ab".repeat(32), clock.instant());
  }

  private static TransferRecord withMicros(TransferRecord r) {
    return new TransferRecord(r.transferId(), r.assetId(), r.fileId(), r.target(), r.location(), r.bytes(),
        r.sha256(), r.completedAt().truncatedTo(ChronoUnit.MICROS));
  }
}
