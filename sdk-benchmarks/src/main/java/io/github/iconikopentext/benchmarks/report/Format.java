package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Metric;
import java.util.Locale;

/** How figures are written in the report: digits by magnitude, thousands separators, JMH's error after {@code ±}. */
final class Format {
  private Format() {}

  /** A value with as many decimals as its magnitude deserves: 1,234,567 · 123 · 12.3 · 1.23 · 0.123. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    int decimals = magnitude >= 100 || magnitude == 0 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return fixed(value, decimals);
  }

  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** {@code score ± error unit}; the error in the score's decimals, omitted when JMH had none. */
  static String metric(Metric m) {
    return withError(m.score(), m.error()) + " " + m.unit();
  }

  static String withError(double score, double error) {
    if (Double.isNaN(error)) {
      return number(score);
    }
    return number(score) + " ± " + number(error);
  }

  /** E.g. {@code 0.93×}. */
  static String ratio(double value) {
    return fixed(value, 2) + "×";
  }

  /** Bytes with a binary unit: 512 B, 1.5 KiB, 12 MiB. */
  static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "n/a";
    }
    double b = Math.abs(bytes);
    if (b < 1024) {
      return number(bytes) + " B";
    }
    if (b < 1024 * 1024) {
      return number(bytes / 1024) + " KiB";
    }
    return number(bytes / (1024 * 1024)) + " MiB";
  }

  /** The relative difference as a percentage: {@code 12.3 %}. */
  static String percent(double fraction) {
    return fixed(fraction * 100, 1) + " %";
  }
}
