package io.github.iconikopentext.integration.mapping.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The kind of a single value as it moves through a field's converters. Each kind has one canonical Java type —
 * the type OpenText receives — and reads the other plain types leniently: iconik sends numbers as JSON numbers or
 * text and dates as ISO-8601 text, a JSON reader yields {@code Double} for every number.
 */
enum Kind {
  /** {@link String}. Numbers, booleans and dates are accepted and written as text. */
  TEXT("text") {
    @Override
    Object coerce(Object value) {
      if (value instanceof String) {
        return value;
      }
      if (value instanceof Double d && isWhole(d)) {
        return Long.toString(d.longValue());
      }
      if (value instanceof BigDecimal d) {
        return d.toPlainString();
      }
      if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
        return value.toString();
      }
      if (value instanceof OffsetDateTime t) {
        return IsoTime.format(t);
      }
      return mismatch(value);
    }
  },
  /** {@link Long}. */
  INTEGER("integer") {
    @Override
    Object coerce(Object value) {
      if (value instanceof Long) {
        return value;
      }
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return ((Number) value).longValue();
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return isWhole(d) ? (Object) (long) d : mismatch(value);
      }
      if (value instanceof BigDecimal || value instanceof BigInteger) {
        return exactLong(value instanceof BigDecimal d ? d : new BigDecimal((BigInteger) value), value);
      }
      if (value instanceof String text) {
        try {
          return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
          return exactLong(decimal(text), value);
        }
      }
      return mismatch(value);
    }
  },
  /** {@link BigDecimal}, keeping the scale it was written with ({@code 1.50} stays {@code 1.50}). */
  DECIMAL("decimal") {
    @Override
    Object coerce(Object value) {
      if (value instanceof BigDecimal) {
        return value;
      }
      if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : mismatch(value);
      }
      if (value instanceof BigInteger i) {
        return new BigDecimal(i);
      }
      if (value instanceof String text) {
        BigDecimal d = decimal(text);
        return d != null ? d : mismatch(value);
      }
      return mismatch(value);
    }
  },
  /** {@link Boolean}; the text {@code true}/{@code false} in any case is accepted. */
  BOOLEAN("boolean") {
    @Override
    Object coerce(Object value) {
      if (value instanceof Boolean) {
        return value;
      }
      if (value instanceof String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
      }
      return mismatch(value);
    }
  },
  /** {@link LocalDate}; ISO-8601 text, or the date part of a date-time. */
  DATE("date") {
    @Override
    Object coerce(Object value) {
      if (value instanceof LocalDate) {
        return value;
      }
      if (value instanceof String text) {
        LocalDate date = IsoTime.parseDate(text);
        return date != null ? date : mismatch(value);
      }
      if (value instanceof OffsetDateTime t) {
        return t.toLocalDate();
      }
      return mismatch(value);
    }
  },
  /** {@link OffsetDateTime}; ISO-8601 text (no zone means UTC) or an {@link Instant}. */
  DATETIME("date-time") {
    @Override
    Object coerce(Object value) {
      if (value instanceof OffsetDateTime) {
        return value;
      }
      if (value instanceof String text) {
        OffsetDateTime t = IsoTime.parseDateTime(text);
        return t != null ? t : mismatch(value);
      }
      if (value instanceof Instant i) {
        return i.atOffset(ZoneOffset.UTC);
      }
      if (value instanceof ZonedDateTime z) {
        return z.toOffsetDateTime();
      }
      return mismatch(value);
    }
  };

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  /** The value in this kind's canonical type, or a {@link Rejection} naming the value and the kind. */
  abstract Object coerce(Object value);

  /**
   * A canonical value as iconik stores it: text, {@code Long}, {@code BigDecimal} and {@code Boolean} as they are,
   * dates and date-times as ISO-8601 text.
   */
  Object toIconik(Object canonical) {
    if (canonical instanceof OffsetDateTime t) {
      return IsoTime.format(t);
    }
    if (canonical instanceof LocalDate d) {
      return d.toString();
    }
    return canonical;
  }

  String label() {
    return label;
  }

  /** The label as it reads after "is": {@code an integer}, {@code a date}, {@code text}. */
  String withArticle() {
    return this == TEXT ? label : (this == INTEGER ? "an " : "a ") + label;
  }

  Rejection mismatch(Object value) {
    return Rejection.invalid(Rejection.excerpt(value) + " is not " + withArticle());
  }

  private static boolean isWhole(double d) {
    return d == Math.rint(d) && Math.abs(d) < 0x1p63;
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object exactLong(BigDecimal d, Object original) {
    if (d != null) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        // a fraction or out of range: not an integer
      }
    }
    return INTEGER.mismatch(original);
  }
}
