package io.github.iconikopentext.integration.status;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The shared status of an integration: recent transfers, failed jobs, credential problems and conditions, each
 * failure classified by {@link FailureDomain} with a stable reason, so support can tell where a problem lies.
 *
 * <p>Integration blocks report into it ({@link #recordTransfer}, {@link #recordFailure},
 * {@link #recordHealthy}); anyone reads a consistent {@link #snapshot()}, also as JSON. Memory is bounded: each list
 * keeps the most recent {@code capacity} entries. Thread-safe.
 */
public final class IntegrationStatus {
  /** Condition types the SDK's blocks report. */
  public static final String ICONIK_REACHABLE = "IconikReachable";
  public static final String OPENTEXT_REACHABLE = "OpenTextReachable";
  public static final String CREDENTIALS_VALID = "CredentialsValid";
  public static final String TRANSFERS_HEALTHY = "TransfersHealthy";
  public static final String METADATA_SYNC_HEALTHY = "MetadataSyncHealthy";

  private final Clock clock;
  private final FailureClassifier classifier;
  private final int capacity;
  private final Map<String, TransferSummary> transfers = new LinkedHashMap<>();
  private final Deque<FailureEntry> failedJobs = new ArrayDeque<>();
  private final Deque<FailureEntry> credentialProblems = new ArrayDeque<>();
  private final Deque<FailureEntry> failures = new ArrayDeque<>();
  private final Map<String, Condition> conditions = new TreeMap<>();

  public IntegrationStatus(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity < 1: " + capacity);
    }
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.classifier = new FailureClassifier(clock);
    this.capacity = capacity;
  }

  /** A status keeping the 100 most recent entries of each kind, on the system clock. */
  public static IntegrationStatus create() {
    return new IntegrationStatus(Clock.systemUTC(), 100);
  }

  /** The classifier this status uses, to classify failures before recording them elsewhere too. */
  public FailureClassifier classifier() {
    return classifier;
  }

  /** Records or updates a transfer (keyed by its transfer id). */
  public synchronized void recordTransfer(TransferSummary transfer) {
    transfers.remove(transfer.transferId());
    transfers.put(transfer.transferId(), transfer);
    trim(transfers);
  }

  /**
   * Classifies and records a failure seen by {@code component}, affecting {@code instance}; sets condition
   * {@code conditionType} to False with the failure's reason. Returns the classification.
   */
  public ClassifiedFailure recordFailure(
      String conditionType, String component, String instance, Throwable failure, String system) {
    ClassifiedFailure classified = classifier.classify(failure, system);
    record(conditionType, new FailureEntry(component, instance, classified), false);
    return classified;
  }

  /** Records an already classified failure, as {@link #recordFailure(String, String, String, Throwable, String)}. */
  public void recordFailure(String conditionType, FailureEntry entry) {
    record(conditionType, entry, false);
  }

  /** Records the failure of an iconik job ({@code instance} = job id) and of the condition. */
  public ClassifiedFailure recordJobFailure(String conditionType, String jobId, Throwable failure, String system) {
    ClassifiedFailure classified = classifier.classify(failure, system);
    record(conditionType, new FailureEntry("job", jobId, classified), true);
    return classified;
  }

  /** Sets condition {@code conditionType} to True. */
  public synchronized void recordHealthy(String conditionType, String message) {
    transition(conditionType, Condition.Status.TRUE, "Succeeded", message);
  }

  private synchronized void record(String conditionType, FailureEntry entry, boolean job) {
    add(failures, entry);
    if (job) {
      add(failedJobs, entry);
    }
    if (entry.failure().domain() == FailureDomain.CREDENTIAL) {
      add(credentialProblems, entry);
      transition(CREDENTIALS_VALID, Condition.Status.FALSE, entry.failure().reason(), entry.failure().message());
    }
    transition(conditionType, Condition.Status.FALSE, entry.failure().reason(), entry.failure().message());
  }

  private void transition(String type, Condition.Status status, String reason, String message) {
    Condition previous = conditions.get(type);
    Instant since = previous != null && previous.status() == status ? previous.lastTransitionTime() : clock.instant();
    conditions.put(type, new Condition(type, status, reason, message, since));
  }

  /** A consistent copy of everything, newest first. */
  public synchronized StatusSnapshot snapshot() {
    List<TransferSummary> recent = new ArrayList<>(transfers.values());
    java.util.Collections.reverse(recent);
    return new StatusSnapshot(clock.instant(), new ArrayList<>(conditions.values()), recent,
        new ArrayList<>(failedJobs), new ArrayList<>(credentialProblems), new ArrayList<>(failures));
  }

  private void add(Deque<FailureEntry> deque, FailureEntry entry) {
    deque.addFirst(entry);
    while (deque.size() > capacity) {
      deque.removeLast();
    }
  }

  private void trim(Map<String, TransferSummary> map) {
    Iterator<String> oldest = map.keySet().iterator();
    while (map.size() > capacity && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }
}
