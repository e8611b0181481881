package io.github.iconikopentext.benchmarks.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One target of the issue and how the run fared against it. Immutable.
 *
 * @param id a stable identifier, also the name of the folder a missed target's profile is written to
 * @param target what is required, e.g. {@code SDK ≥ 0.9 × raw HMAC at 64 KiB}
 * @param measured what was measured, with its error
 * @param status met, missed or not measured
 * @param detail by how much it was missed, or why it was not measured; empty when met plainly
 * @param profile the benchmark to profile when the target is missed
 */
public record Check(String id, String target, String measured, Status status, String detail,
    Optional<Profile> profile) {

  /** Met, missed, or not measured in this run. */
  public enum Status {
    MET("met"),
    MISSED("**missed**"),
    NOT_MEASURED("not measured");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * The benchmarks to run again under a profiler: the SDK's, and the peer or limit it was compared with, so that
   * the two profiles can be read side by side.
   *
   * @param benchmark the SDK's {@code Class.method}
   * @param comparedWith the peer's or limit's {@code Class.method}, or {@code null} for an absolute target
   * @param params the parameter values of the missed case
   */
  public record Profile(String benchmark, String comparedWith, Map<String, String> params) {
    public Profile {
      params = Map.copyOf(params);
    }

    /** The SDK benchmark, then the one it was compared with, if any. */
    public List<String> benchmarks() {
      return comparedWith == null ? List.of(benchmark) : List.of(benchmark, comparedWith);
    }
  }

  /** This check with {@code measured} written differently, e.g. as the absolute figure behind a ratio. */
  Check withMeasured(String text) {
    return new Check(id, target, text, status, detail, profile);
  }

  /** A target that could not be checked: none of its benchmarks ran. */
  static Check notMeasured(String id, String target, String why) {
    return new Check(id, target, "—", Status.NOT_MEASURED, why, Optional.empty());
  }

  /**
   * A lower bound on a ratio: met when the ratio reaches it; the detail says by how much it fell short, and when the
   * bound lies within the ratio's error.
   */
  static Check atLeast(String id, String target, Ratio ratio, double bound, Profile profile) {
    boolean met = ratio.value() >= bound;
    String detail = met ? "" : "short by " + Format.percent(1 - ratio.value() / bound) + " of the bound";
    if (ratio.within(bound)) {
      detail = (detail.isEmpty() ? "" : detail + "; ") + "the bound lies within the error";
    }
    return new Check(id, target, ratio.format(), met ? Status.MET : Status.MISSED, detail,
        met ? Optional.empty() : Optional.of(profile));
  }

  /** An upper bound on a ratio, as {@link #atLeast} the other way round. */
  static Check atMost(String id, String target, Ratio ratio, double bound, Profile profile) {
    boolean met = ratio.value() <= bound;
    String detail = met ? "" : "over by " + Format.percent(ratio.value() / bound - 1) + " of the bound";
    if (ratio.within(bound)) {
      detail = (detail.isEmpty() ? "" : detail + "; ") + "the bound lies within the error";
    }
    return new Check(id, target, ratio.format(), met ? Status.MET : Status.MISSED, detail,
        met ? Optional.empty() : Optional.of(profile));
  }
}
