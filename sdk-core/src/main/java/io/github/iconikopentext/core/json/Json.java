package io.github.iconikopentext.core.json;

import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.json.internal.BigDecimalAdapter;
import io.github.iconikopentext.core.json.internal.JavaTimeAdapters;
import io.github.iconikopentext.core.json.internal.TolerantAdapters;
import io.github.iconikopentext.core.json.internal.UnknownEnumFallbackFactory;
import java.math.BigDecimal;

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
 * <p>{@link #newTolerantBuilder()} adds the tolerant reading the vendor clients use for responses: a member whose
 * value has a shape its type cannot hold reads as {@code null} instead of failing the whole response, unless it is
 * marked {@link Strict}.
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
    return withSdkAdapters(new Moshi.Builder());
  }

  private static Moshi.Builder withSdkAdapters(Moshi.Builder builder) {
    return builder
        .add(TolerantAdapters.STRICT)
        .add(new UnknownEnumFallbackFactory())
        .add(JavaTimeAdapters.FACTORY)
        .add(BigDecimal.class, new BigDecimalAdapter().nullSafe());
  }

  /**
   * A builder like {@link #newBuilder()} whose adapters read vendor responses tolerantly:
   *
   * <ul>
   *   <li>a member whose JSON value has a shape its declared type cannot hold — an object where text is declared, a
   *       word where a number is, a list where an object is — reads as {@code null} (an empty list or map where the
   *       model normalizes), and the rest of the response decodes; the skipped member's JSON path (never its value)
   *       is logged at DEBUG;
   *   <li>scalars convert where nothing is lost: a number or boolean read as text keeps its JSON text, numeric text
   *       read as a number becomes that number;
   *   <li>members marked {@link Strict}, and the top-level value, keep the strict reading: a wrong shape fails with
   *       an error naming the JSON path.
   * </ul>
   *
   * <p>Adapters a module adds to the builder are wrapped the same way.
   */
  public static Moshi.Builder newTolerantBuilder() {
    return withSdkAdapters(new Moshi.Builder().add(TolerantAdapters.TOLERANT));
  }
}
