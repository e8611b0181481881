package io.github.iconikopentext.integration.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link TransferStore} in this process's memory: for a single worker process and for tests. Thread-safe. */
public final class InMemoryTransferStore implements TransferStore {
  private record State(String worker, Instant leaseUntil, long offset, int attempts, TransferRecord done) {}

  private final Clock clock;
  private final Map<String, State> states = new HashMap<>();

  public InMemoryTransferStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  public InMemoryTransferStore() {
    this(Clock.systemUTC());
  }

  @Override
  public synchronized Claim claim(String transferId, String worker, Duration lease) {
    Instant now = clock.instant();
    State s = states.get(transferId);
    if (s != null && s.done() != null) {
      return new Claim.Completed(s.done());
    }
    if (s != null && s.worker() != null && !s.worker().equals(worker) && now.isBefore(s.leaseUntil())) {
      return new Claim.Held(s.worker(), s.leaseUntil());
    }
    long offset = s == null ? 0 : s.offset();
    int attempt = s == null ? 1 : s.attempts() + 1;
    Instant until = now.plus(lease);
    states.put(transferId, new State(worker, until, offset, attempt, null));
    return new Claim.Granted(offset, attempt, until);
  }

  @Override
  public synchronized boolean checkpoint(String transferId, String worker, long offset, Duration lease) {
    State s = states.get(transferId);
    if (s == null || s.done() != null || !worker.equals(s.worker())) {
      return false;
    }
    states.put(transferId, new State(worker, clock.instant().plus(lease), offset, s.attempts(), null));
    return true;
  }

  @Override
  public synchronized void complete(TransferRecord record, String worker) {
    State s = states.get(record.transferId());
    int attempts = s == null ? 1 : s.attempts();
    states.put(record.transferId(), new State(null, Instant.MIN, record.bytes(), attempts, record));
  }

  @Override
  public synchronized void release(String transferId, String worker) {
    State s = states.get(transferId);
    if (s != null && s.done() == null && worker.equals(s.worker())) {
      states.put(transferId, new State(null, Instant.MIN, s.offset(), s.attempts(), null));
    }
  }

  @Override
  public synchronized Optional<TransferRecord> completed(String transferId) {
    State s = states.get(transferId);
    return s == null ? Optional.empty() : Optional.ofNullable(s.done());
  }
}
