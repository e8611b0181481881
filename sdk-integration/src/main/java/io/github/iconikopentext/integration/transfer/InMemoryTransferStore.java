package io.github.iconikopentext.integration.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link TransferStore} in this process's memory: for a single worker process and for tests. Its state can be
 * taken out ({@link #snapshot()}) and put back ({@link #InMemoryTransferStore(Clock, Map)}), which is how a store
 * that persists elsewhere applies the same lease rules. Thread-safe.
 */
public final class InMemoryTransferStore implements TransferStore {
  private final Clock clock;
  private final Map<String, TransferState> states;

  /** A store starting with {@code states} (transfer id → its entry), copied. */
  public InMemoryTransferStore(Clock clock, Map<String, TransferState> states) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.states = new HashMap<>(Objects.requireNonNull(states, "states == null"));
  }

  public InMemoryTransferStore(Clock clock) {
    this(clock, Map.of());
  }

  public InMemoryTransferStore() {
    this(Clock.systemUTC());
  }

  @Override
  public synchronized Claim claim(String transferId, String worker, Duration lease) {
    Objects.requireNonNull(transferId, "transferId == null");
    Objects.requireNonNull(worker, "worker == null");
    if (lease == null || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive: " + lease);
    }
    Instant now = clock.instant();
    TransferState s = states.get(transferId);
    if (s != null && s.completed() != null) {
      return new Claim.Completed(s.completed());
    }
    if (s != null && s.heldBy(worker, now)) {
      return new Claim.Held(s.worker(), s.leaseUntil());
    }
    long offset = s == null ? 0 : s.offset();
    int attempt = s == null ? 1 : s.attempts() + 1;
    Instant until = now.plus(lease);
    states.put(transferId, new TransferState(worker, until, offset, attempt, null));
    return new Claim.Granted(offset, attempt, until);
  }

  @Override
  public synchronized boolean checkpoint(String transferId, String worker, long offset, Duration lease) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset is negative: " + offset);
    }
    TransferState s = states.get(transferId);
    if (s == null || s.completed() != null || !worker.equals(s.worker())) {
      return false;
    }
    states.put(transferId, new TransferState(worker, clock.instant().plus(lease), offset, s.attempts(), null));
    return true;
  }

  @Override
  public synchronized void complete(TransferRecord record, String worker) {
    TransferState s = states.get(Objects.requireNonNull(record, "record == null").transferId());
    if (s != null && s.completed() != null) {
      return; // idempotent: the first record stands
    }
    int attempts = s == null ? 1 : s.attempts();
    states.put(record.transferId(), new TransferState(null, null, record.bytes(), attempts, record));
  }

  @Override
  public synchronized void release(String transferId, String worker) {
    TransferState s = states.get(transferId);
    if (s != null && s.completed() == null && worker.equals(s.worker())) {
      states.put(transferId, new TransferState(null, null, s.offset(), s.attempts(), null));
    }
  }

  @Override
  public synchronized Optional<TransferRecord> completed(String transferId) {
    TransferState s = states.get(transferId);
    return s == null ? Optional.empty() : Optional.ofNullable(s.completed());
  }

  /** Every entry, by transfer id in order: a copy. */
  public synchronized Map<String, TransferState> snapshot() {
    return new TreeMap<>(states);
  }
}
