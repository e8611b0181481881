package io.github.iconikopentext.integration.promotion;

import java.util.List;

/**
 * The outcome of {@link Promotion#apply(Plan)}, with Terraform's exit-code convention.
 *
 * @param outcome what happened
 * @param applied the changes that were applied, in order
 * @param message a one-line explanation (why a plan was refused, what failed)
 */
public record PromotionResult(Outcome outcome, List<Change> applied, String message) {

  /** What an apply did. */
  public enum Outcome {
    /** Nothing needed changing. Exit code 0. */
    NO_CHANGE(0),
    /** The plan's changes were applied. Exit code 2. */
    APPLIED(2),
    /** The plan was refused (stale, too old, other environment, unsatisfied) or a change failed. Exit code 1. */
    ERROR(1);

    private final int exitCode;

    Outcome(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  public PromotionResult {
    applied = List.copyOf(applied);
  }
}
