package io.github.iconikopentext.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.MetadataValues;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * For fields mapped both ways and random valid values, iconik → OpenText → iconik returns equal values. Values are
 * "valid" in the sense of the docs: of the field's type, in canonical form (what the field's normalising converters
 * leave unchanged), passing its checks and in its enum table. Seeded, so a failure repeats; the seed and the
 * input are in the failure message.
 */
class RoundTripPropertyTest {
  private static final int ITERATIONS = 3_000;
  private static final long SEED = 0x5EED_1C0_417L;
  private static final DateTimeFormatter ICONIK_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");
  private static final DateTimeFormatter ICONIK_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final String TEXT_CHARACTERS = "abcXYZ019 -_.,;:|/\n\täöüßéñ€漢字😀'\"\\";

  private final Random random = new Random(SEED);

  @Test
  void allTypesSpecRoundTrips() throws IOException {
    MetadataMapper mapper = MetadataMapper.fromJson(resource("all-types.json"));
    Map<String, Supplier<Object>> generators = new LinkedHashMap<>();
    generators.put("code", () -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 2, 8));
    generators.put("title", () -> text(0, 40));
    generators.put("notes", () -> text(0, 40).strip());
    generators.put("count", random::nextLong);
    generators.put("price", () -> BigDecimal.valueOf(random.nextLong() / 1000, 2));
    generators.put("ratio", () -> BigDecimal.valueOf(random.nextLong(), random.nextInt(12)));
    generators.put("size", () -> (long) random.nextInt());
    generators.put("flag", random::nextBoolean);
    generators.put("due", () -> date().toString());
    generators.put("shot_on", () -> date().toString());
    generators.put("published", this::dateTime);
    generators.put("stamped", this::dateTime);
    generators.put("status", () -> pick("N/A", "OPEN", "DONE", "MIXED"));
    generators.put("tags", () -> list(() -> chars("abcdefghijklmnopqrstuvwxyz", 1, 10)));
    generators.put("scores", () -> list(random::nextLong));
    generators.put("dates", () -> list(() -> date().toString()));
    generators.put("keywords", () -> String.join(";", list(() -> chars(TEXT_CHARACTERS.replace(";", ""), 1, 12))
        .stream().map(Object::toString).toList()));
    generators.put("levels", () -> list(() -> pick("LOW", "HIGH")));

    roundTrips(mapper, generators, 0.7);
  }

  @Test
  void mediaGovernanceProfileRoundTrips() {
    Map<String, Supplier<Object>> generators = new LinkedHashMap<>();
    generators.put("project_code", () -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1, 1)
        + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 1, 31));
    generators.put("campaign_name", () -> text(0, 60).strip());
    generators.put("rights_holder", () -> text(0, 60).strip());
    generators.put("usage_terms", () -> text(0, 200).strip());
    generators.put("license_url", () -> "https://" + chars("abcdefghijklmnopqrstuvwxyz0123456789./-_?=&", 1, 60));
    generators.put("rights_expiry_date", () -> date().toString());
    generators.put("embargo_until", this::dateTime);
    generators.put("territories", () -> list(() -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2, 2)
        + (random.nextBoolean() ? "" : "-" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1, 3))));
    generators.put("rights_cleared", random::nextBoolean);
    generators.put("approval_status", () -> pick("N/A", "REQUESTED", "APPROVED", "NOT_APPROVED", "MIXED"));

    roundTrips(MetadataMapper.mediaGovernance(), generators, 1.0);
  }

  /** Each field is present with the given probability; absent fields stay absent (no defaults in these specs). */
  private void roundTrips(MetadataMapper mapper, Map<String, Supplier<Object>> generators, double presence) {
    for (int i = 0; i < ITERATIONS; i++) {
      MetadataValues.Builder builder = MetadataValues.builder();
      generators.forEach((field, generator) -> {
        if (random.nextDouble() < presence) {
          Object value = generator.get();
          if (value instanceof List<?> values) {
            builder.putAll(field, values);
          } else {
            builder.put(field, value);
          }
        }
      });
      MetadataValues original = builder.build();

      MappingResult<OpenTextMetadata> there = mapper.toOpenText(original);
      MappingResult<MetadataValues> back = mapper.toIconik(there.value());

      int iteration = i;
      Supplier<String> context = () -> "seed " + SEED + ", iteration " + iteration + ", input " + original;
      assertThat(there.problems()).as(context).isEmpty();
      assertThat(back.problems()).as(context).isEmpty();
      assertThat(back.value()).as(context).isEqualTo(original);
    }
  }

  private List<Object> list(Supplier<Object> element) {
    int size = 1 + random.nextInt(random.nextBoolean() ? 1 : 5);
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(element.get());
    }
    return values;
  }

  private String text(int minLength, int maxLength) {
    return chars(TEXT_CHARACTERS, minLength, maxLength);
  }

  /** Random text from the code points of {@code alphabet} (so surrogate pairs stay whole). */
  private String chars(String alphabet, int minLength, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    int length = minLength + random.nextInt(maxLength - minLength + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return text.toString();
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private LocalDate date() {
    return LocalDate.ofEpochDay(random.nextInt(200 * 365) - 70 * 365);
  }

  /** A date-time as iconik writes it: microseconds (when not zero) and a numeric offset. */
  private String dateTime() {
    ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(113) - 56) * 15 * 60);
    int micros = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000);
    OffsetDateTime value = date().atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), micros * 1000)
        .atOffset(offset);
    Function<OffsetDateTime, String> format = micros == 0 ? ICONIK_SECONDS::format : ICONIK_MICROS::format;
    return format.apply(value);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RoundTripPropertyTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
