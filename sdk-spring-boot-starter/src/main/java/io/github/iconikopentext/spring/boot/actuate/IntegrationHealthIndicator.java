package io.github.iconikopentext.spring.boot.actuate;

import io.github.iconikopentext.integration.status.Condition;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.FailureEntry;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.StatusSnapshot;
import io.github.iconikopentext.integration.status.TransferSummary;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The integration's health, from an {@link IntegrationStatus} snapshot. Each condition that is False is traced to
 * the failure that set it (same reason and message) and mapped by that failure's {@link FailureDomain}; the worst
 * wins:
 *
 * <ul>
 *   <li>{@code DOWN} — a CREDENTIAL or INTEGRATION failure (a credential refused or unresolvable, a mapping or
 *       configuration error), or {@code CredentialsValid} is False: this application must be fixed;
 *   <li>{@code OUT_OF_SERVICE} — an ENDPOINT failure (iconik or OpenText answering 5xx, timing out, rate limiting
 *       after retries), or a False condition whose failure is no longer among the recent ones: this application is
 *       fine, but cannot do its work until the remote system recovers;
 *   <li>{@code UP} — otherwise, including ASSET failures (one asset not approved, without an ORIGINAL format …):
 *       they are shown in the details, but the integration works.
 * </ul>
 *
 * <p>Details: every condition (status, reason, message), the recent transfers counted by state and the latest one,
 * and the recent failures counted by domain. Conditions' and failures' messages never hold a secret; nothing else
 * that could (URLs with queries, headers, credentials) is shown. Thread-safe.
 */
public final class IntegrationHealthIndicator implements HealthIndicator {
  private final IntegrationStatus status;

  public IntegrationHealthIndicator(IntegrationStatus status) {
    this.status = Objects.requireNonNull(status, "status == null");
  }

  @Override
  public Health health() {
    StatusSnapshot snapshot = status.snapshot();
    Status worst = Status.UP;
    Map<String, Object> conditions = new LinkedHashMap<>();
    for (Condition condition : snapshot.conditions()) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("status", condition.status().name());
      detail.put("reason", condition.reason());
      if (condition.message() != null) {
        detail.put("message", condition.message());
      }
      detail.put("since", condition.lastTransitionTime().toString());
      conditions.put(condition.type(), detail);
      if (condition.status() == Condition.Status.FALSE) {
        worst = worse(worst, statusOf(condition, snapshot));
      }
    }
    Health.Builder health = Health.status(worst).withDetail("conditions", conditions);
    Map<TransferSummary.State, Long> byState = new EnumMap<>(TransferSummary.State.class);
    snapshot.recentTransfers().forEach(t -> byState.merge(t.state(), 1L, Long::sum));
    health.withDetail("transfers", byState);
    if (!snapshot.recentTransfers().isEmpty()) {
      TransferSummary last = snapshot.recentTransfers().get(0);
      Map<String, Object> latest = new LinkedHashMap<>();
      latest.put("assetId", last.assetId());
      latest.put("target", last.target());
      latest.put("state", last.state().name());
      latest.put("bytes", last.bytes());
      if (last.failure() != null) {
        latest.put("failure", last.failure().domain() + "/" + last.failure().reason());
      }
      health.withDetail("latestTransfer", latest);
    }
    return health.withDetail("failuresByDomain", snapshot.failuresByDomain()).build();
  }

  private static Status statusOf(Condition condition, StatusSnapshot snapshot) {
    if (IntegrationStatus.CREDENTIALS_VALID.equals(condition.type())) {
      return Status.DOWN;
    }
    FailureDomain domain = snapshot.recentFailures().stream()
        .map(FailureEntry::failure)
        .filter(f -> f.reason().equals(condition.reason()) && Objects.equals(f.message(), condition.message()))
        .map(f -> f.domain())
        .findFirst().orElse(FailureDomain.ENDPOINT);
    return switch (domain) {
      case CREDENTIAL, INTEGRATION -> Status.DOWN;
      case ENDPOINT -> Status.OUT_OF_SERVICE;
      case ASSET -> Status.UP;
    };
  }

  private static Status worse(Status a, Status b) {
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(Status s) {
    return Status.DOWN.equals(s) ? 2 : Status.OUT_OF_SERVICE.equals(s) ? 1 : 0;
  }
}
