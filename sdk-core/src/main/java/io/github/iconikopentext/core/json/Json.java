package io.github.iconikopentext.core.json;

import com.squareup.moshi.Moshi;
import java.math.BigDecimal;
import io.github.iconikopentext.core.json.internal.BigDecimalAdapter;
import io.github.iconikopentext.core.json.internal.JavaTimeAdapters;
import io.github.iconikopentext.core.json.internal.UnknownEnumFallbackFactory;

/**
 * The SDK's Moshi configuration, shared by every client.
 *
 * <ul>
 *   <li>Records are read and written by Moshi's own record support (Moshi 1.15+), which needs the record type to
 *       be public; unknown JSON members are ignored and JSON {@code null} or a missing member becomes
 *       {@code null} (model components are never primitives).
 *   <li>{@link java.time.Instant}, {@link java.time.OffsetDateTime} and {@link java.time.LocalDate} accept
 *       ISO-8601 text with or without a zone (no zone means UTC) and with up to nanosecond precision, e.g.
 *       {@code 2024-10-02T17:06:00.314064+00:00} and {@code 2020-08-21T00:40:34.377229}. They are written as
 *       ISO-8601 in UTC.
 *   <li>{@link BigDecimal} is read and written as a JSON number with every digit kept.
 *   <li>An enum that declares a constant named {@code UNKNOWN} maps any value it does not know to that constant
 *       instead of failing; {@link com.squareup.moshi.Json @Json(name = …)} names are honoured.
 * </ul>
 *
 * <p>The returned instances are immutable and thread-safe.
 */
public final class Json {
  private static final Moshi MOSHI = newBuilder().build();

  private Json() {}

  /** The shared, fully configured instance. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /** A builder with the SDK's adapters already added, to which a module may add its own. */
  public static Moshi.Builder newBuilder() {
    return new Moshi.Builder()
        .add(new UnknownEnumFallbackFactory())
        .add(JavaTimeAdapters.FACTORY)
        .add(BigDecimal.class, new BigDecimalAdapter().nullSafe());
  }
}
