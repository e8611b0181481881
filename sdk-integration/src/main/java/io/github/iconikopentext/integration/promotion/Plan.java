package io.github.iconikopentext.integration.promotion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The changes that applying a template to an environment would make, and a fingerprint of what was read to compute
 * them. {@link Promotion#apply(Plan)} applies exactly this plan, and refuses it when the environment changed since
 * (stale), when it is older than the allowed age, or when it was made for another environment.
 *
 * @param environment the environment the plan was made for
 * @param templateName the template's name
 * @param templateHash the template's content hash
 * @param valuesHash the hash of the environment's values
 * @param createdAt when the plan was made
 * @param liveFingerprint SHA-256 over the live state that was read (including secret digests, which are never shown)
 * @param deletionsAllowed whether the plan includes deletions of managed resources the template no longer has
 * @param changes one entry per resource
 */
public record Plan(
    String environment,
    String templateName,
    String templateHash,
    String valuesHash,
    Instant createdAt,
    String liveFingerprint,
    boolean deletionsAllowed,
    List<Change> changes) {

  public Plan {
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(liveFingerprint, "liveFingerprint == null");
    changes = List.copyOf(changes);
  }

  /** Whether applying the plan would change anything. */
  public boolean hasChanges() {
    return changes.stream().anyMatch(c -> c.action() == Change.Action.CREATE || c.action() == Change.Action.UPDATE
        || c.action() == Change.Action.DELETE);
  }

  /** Whether a check-only resource is missing or wrong, which apply cannot fix. */
  public boolean hasUnsatisfied() {
    return changes.stream().anyMatch(c -> c.action() == Change.Action.UNSATISFIED);
  }

  /** The changes of one kind. */
  public List<Change> changes(Change.Action action) {
    return changes.stream().filter(c -> c.action() == action).toList();
  }

  /** A Terraform-like summary, one line per change; never contains a secret. */
  public String render() {
    StringBuilder sb = new StringBuilder("plan for ").append(templateName).append(" in ").append(environment)
        .append(" (template ").append(templateHash, 0, Math.min(12, templateHash.length())).append(")\n");
    for (Change c : changes) {
      sb.append("  ").append(c).append('\n');
    }
    sb.append(String.format("%d to create, %d to update, %d to delete, %d unchanged, %d unsatisfied",
        changes(Change.Action.CREATE).size(), changes(Change.Action.UPDATE).size(),
        changes(Change.Action.DELETE).size(), changes(Change.Action.UNCHANGED).size(),
        changes(Change.Action.UNSATISFIED).size()));
    return sb.toString();
  }
}
