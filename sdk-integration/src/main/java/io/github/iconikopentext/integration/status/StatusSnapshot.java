package io.github.iconikopentext.integration.status;

import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.core.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A point-in-time copy of {@link IntegrationStatus}: conditions, recent transfers, failed jobs, credential problems
 * and recent failures of every domain, newest first. Immutable.
 *
 * @param generatedAt when the snapshot was taken
 * @param conditions one per condition type, sorted by type
 * @param recentTransfers the most recent transfers
 * @param failedJobs failures recorded against iconik jobs
 * @param credentialProblems failures of the CREDENTIAL domain
 * @param recentFailures all recent failures
 */
public record StatusSnapshot(
    Instant generatedAt,
    List<Condition> conditions,
    List<TransferSummary> recentTransfers,
    List<FailureEntry> failedJobs,
    List<FailureEntry> credentialProblems,
    List<FailureEntry> recentFailures) {

  /** The JSON shape: failures are RFC 9457 problems. */
  public record View(
      Instant generatedAt,
      List<Condition> conditions,
      List<TransferView> recentTransfers,
      List<ProblemDetails> failedJobs,
      List<ProblemDetails> credentialProblems,
      List<ProblemDetails> recentFailures,
      Map<FailureDomain, Long> failuresByDomain) {}

  /** A transfer in the JSON shape. */
  public record TransferView(String transferId, String assetId, String fileId, String target,
      TransferSummary.State state, long bytes, String sha256, Instant startedAt, Instant finishedAt,
      ProblemDetails problem) {}

  private static final JsonAdapter<View> ADAPTER = Json.moshi().adapter(View.class).indent("  ");

  public StatusSnapshot {
    conditions = List.copyOf(conditions);
    recentTransfers = List.copyOf(recentTransfers);
    failedJobs = List.copyOf(failedJobs);
    credentialProblems = List.copyOf(credentialProblems);
    recentFailures = List.copyOf(recentFailures);
  }

  /** Failures counted by domain. */
  public Map<FailureDomain, Long> failuresByDomain() {
    Map<FailureDomain, Long> counts = new java.util.EnumMap<>(FailureDomain.class);
    for (FailureEntry e : recentFailures) {
      counts.merge(e.failure().domain(), 1L, Long::sum);
    }
    return counts;
  }

  /** The snapshot in its JSON shape. */
  public View view() {
    return new View(generatedAt, conditions,
        recentTransfers.stream().map(t -> new TransferView(t.transferId(), t.assetId(), t.fileId(), t.target(),
            t.state(), t.bytes(), t.sha256(), t.startedAt(), t.finishedAt(),
            t.failure() == null ? null : t.failure().toProblem(t.transferId()))).toList(),
        failedJobs.stream().map(FailureEntry::problem).toList(),
        credentialProblems.stream().map(FailureEntry::problem).toList(),
        recentFailures.stream().map(FailureEntry::problem).toList(),
        failuresByDomain());
  }

  /** The snapshot as indented JSON. */
  public String toJson() {
    return ADAPTER.toJson(view());
  }
}
