package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Metric;

/**
 * The ratio of two measured scores, with an error propagated from theirs: the relative errors added in quadrature,
 * as for independent measurements. {@code NaN} error when either score had none. Immutable.
 *
 * @param value the ratio
 * @param error its error, in the same unit
 */
public record Ratio(double value, double error) {

  public static Ratio of(Metric numerator, Metric denominator) {
    return of(numerator.score(), numerator.error(), denominator.score(), denominator.error());
  }

  public static Ratio of(double a, double errorA, double b, double errorB) {
    double value = a / b;
    double relative = Math.hypot(errorA / a, errorB / b);
    return new Ratio(value, Math.abs(value) * relative);
  }

  /** Whether the interval {@code value ± error} contains {@code x}. */
  public boolean within(double x) {
    return !Double.isNaN(error) && Math.abs(value - x) <= error;
  }

  /** E.g. {@code 0.93× ± 0.04}. */
  public String format() {
    return Format.ratio(value) + (Double.isNaN(error) ? "" : " ± " + Format.fixed(error, 2));
  }
}
