package io.github.iconikopentext.integration.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.integration.transfer.TransferStore.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryTransferStoreTest {
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryTransferStore store = new InMemoryTransferStore(clock);

  @Test
  void aStoreBuiltFromASnapshot_keepsLeasesCheckpointsAndCompletions() {
    store.claim("running", "w1", LEASE);
    store.checkpoint("running", "w1", 500, LEASE);
    store.claim("done", "w1", LEASE);
    store.complete(record("done", "first"), "w1");

    InMemoryTransferStore restored = new InMemoryTransferStore(clock, store.snapshot());

    assertThat(restored.snapshot()).isEqualTo(store.snapshot());
    assertThat(restored.claim("running", "w2", LEASE)).isEqualTo(new Claim.Held("w1", NOW.plus(LEASE)));
    assertThat(restored.claim("done", "w2", LEASE)).isEqualTo(new Claim.Completed(record("done", "first")));
    assertThat(restored.claim("running", "w1", LEASE)).isEqualTo(new Claim.Granted(500, 2, NOW.plus(LEASE)));
  }

  @Test
  void completeAgain_keepsTheFirstRecord() {
    store.complete(record("tr-1", "first"), "w1");

    store.complete(record("tr-1", "second"), "w1");

    assertThat(store.completed("tr-1")).map(TransferRecord::location).contains("first");
  }

  @Test
  void badArguments_areRefusedWithTheirName() {
    assertThatThrownBy(() -> store.claim(null, "w1", LEASE)).hasMessage("transferId == null");
    assertThatThrownBy(() -> store.claim("tr-1", null, LEASE)).hasMessage("worker == null");
    assertThatThrownBy(() -> store.claim("tr-1", "w1", Duration.ZERO)).hasMessageContaining("lease must be positive");
    assertThatThrownBy(() -> store.checkpoint("tr-1", "w1", -1, LEASE)).hasMessageContaining("offset is negative");
    assertThatThrownBy(() -> new TransferState("w1", null, 0, 1, null)).hasMessageContaining("leaseUntil == null");
  }

  private static TransferRecord record(String id, String location) {
    return new TransferRecord(id, "asset-1", "file-1", "fs", location, 10, "ab".repeat(32), NOW);
  }
}
