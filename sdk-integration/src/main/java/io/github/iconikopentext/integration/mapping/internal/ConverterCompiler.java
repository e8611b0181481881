package io.github.iconikopentext.integration.mapping.internal;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a field's {@code converters} array, following the value's kind from converter to converter so that a
 * converter that cannot take what comes before it (say {@code trim} on a date, or {@code join} of integers) is
 * reported where it stands.
 */
final class ConverterCompiler {
  static final List<String> NAMES =
      List.of("trim", "case", "regex", "date-format", "number-format", "split", "join");
  private static final String[] ROUNDING_NAMES =
      {"half-up", "half-down", "half-even", "up", "down", "ceiling", "floor"};

  /**
   * The field's converters.
   *
   * @param perValue the converters applied to each value, in spec order
   * @param split the separator of a {@code split}, or null
   * @param join the separator of a {@code join}, or null
   */
  record Converters(List<ElementConverter> perValue, String split, String join) {
    static final Converters NONE = new Converters(List.of(), null, null);
  }

  private ConverterCompiler() {}

  /**
   * @param kind the kind of the field's iconik values, or null when the field's type is itself invalid (then only
   *     the converters' own members are checked)
   */
  static Converters compile(List<?> specs, String path, Kind kind, boolean list, ProblemList problems) {
    List<ElementConverter> perValue = new ArrayList<>();
    String split = null;
    String join = null;
    Kind current = kind;
    for (int i = 0; i < specs.size(); i++) {
      String converterPath = Paths.index(path, i);
      boolean shorthand = specs.get(i) instanceof String;
      SpecObject spec = SpecObject.of(shorthand ? Map.of("name", specs.get(i)) : specs.get(i), converterPath,
          problems);
      if (spec == null) {
        continue;
      }
      String namePath = shorthand ? converterPath : spec.path("name");
      String name = spec.string("name", true);
      if (name == null) {
        continue;
      }
      boolean last = i == specs.size() - 1;
      switch (name) {
        case "trim" -> {
          spec.allowOnly("name");
          current = add(perValue, TrimConverter.INSTANCE, current, namePath, problems);
        }
        case "case" -> {
          spec.allowOnly("name", "to");
          String to = spec.choice("to", true, null, new String[] {"upper", "lower"}, s -> s);
          if (to != null) {
            current = add(perValue, to.equals("upper") ? CaseConverter.UPPER : CaseConverter.LOWER, current,
                namePath, problems);
          }
        }
        case "regex" -> {
          spec.allowOnly("name", "pattern");
          String pattern = spec.string("pattern", true);
          if (pattern != null) {
            try {
              current = add(perValue, new RegexCheck(pattern), current, namePath, problems);
            } catch (PatternSyntaxException e) {
              problems.add(spec.path("pattern"), "invalid regular expression: " + e.getDescription()
                  + " near index " + e.getIndex());
            }
          }
        }
        case "date-format" -> current = dateFormat(spec, namePath, current, perValue, problems);
        case "number-format" -> current = numberFormat(spec, namePath, current, perValue, problems);
        case "split" -> {
          spec.allowOnly("name", "separator");
          split = separator(spec, problems);
          if (i != 0) {
            problems.add(namePath, "split must be the first converter: it cuts the iconik text into the "
                + "values the other converters work on");
          }
          if (list) {
            problems.add(namePath, "split makes one iconik text into an OpenText list, so the field "
                + "must not be a list");
          }
        }
        case "join" -> {
          spec.allowOnly("name", "separator");
          join = separator(spec, problems);
          if (!last) {
            problems.add(namePath, "join must be the last converter: it joins the converted values");
          }
          if (!list) {
            problems.add(namePath, "join makes an iconik list into one OpenText text, so the field "
                + "must be a list");
          }
          if (current != null && current != Kind.TEXT) {
            problems.add(namePath, "join needs text, but here the value is " + current.withArticle()
                + "; add a date-format or number-format before it");
          }
        }
        default -> problems.add(namePath,
            "unknown converter '" + name + "' (expected one of " + String.join(", ", NAMES) + ')');
      }
    }
    return perValue.isEmpty() && split == null && join == null ? Converters.NONE
        : new Converters(perValue, split, join);
  }

  /** The separator (any non-empty text, white space included), or null after a problem. */
  private static String separator(SpecObject spec, ProblemList problems) {
    Object separator = spec.raw("separator");
    if (separator instanceof String text && !text.isEmpty()) {
      return text;
    }
    problems.add(spec.has("separator") ? spec.path("separator") : spec.path(),
        spec.has("separator") ? "separator must be non-empty text" : "missing required member 'separator'");
    return null;
  }

  private static Kind dateFormat(SpecObject spec, String namePath, Kind current, List<ElementConverter> out,
      ProblemList problems) {
    spec.allowOnly("name", "pattern", "locale");
    String pattern = spec.string("pattern", true);
    Locale locale = locale(spec, problems);
    if (current != null && current != Kind.DATE && current != Kind.DATETIME) {
      return kindMismatch(namePath, "date-format", "a date or date-time", current, problems);
    }
    if (pattern == null || locale == null || current == null) {
      return null;
    }
    try {
      out.add(new DateFormatConverter(current, pattern, locale));
      return Kind.TEXT;
    } catch (IllegalArgumentException e) {
      problems.add(spec.path("pattern"), "invalid date-format pattern: " + e.getMessage());
      return null;
    }
  }

  private static Locale locale(SpecObject spec, ProblemList problems) {
    if (!spec.has("locale")) {
      return Locale.ROOT;
    }
    String tag = spec.string("locale", true);
    if (tag == null) {
      return null;
    }
    try {
      return new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      problems.add(spec.path("locale"), "not a BCP 47 language tag such as en-US: '" + tag + '\'');
      return null;
    }
  }

  private static Kind numberFormat(SpecObject spec, String namePath, Kind current, List<ElementConverter> out,
      ProblemList problems) {
    spec.allowOnly("name", "decimals", "rounding", "grouping", "decimal_separator");
    Integer decimals = spec.integer("decimals", false, 0, 100);
    String roundingName = spec.choice("rounding", false, null, ROUNDING_NAMES, s -> s);
    if (roundingName != null && !spec.has("decimals")) {
      problems.add(spec.path("rounding"), "rounding needs decimals: it rounds to that many decimals");
    }
    String grouping = spec.has("grouping") ? spec.string("grouping", true) : null;
    String decimalSeparator = spec.has("decimal_separator") ? spec.string("decimal_separator", true) : ".";
    if (current != null && current != Kind.INTEGER && current != Kind.DECIMAL) {
      return kindMismatch(namePath, "number-format", "an integer or decimal", current, problems);
    }
    if (current == null || decimalSeparator == null || (spec.has("grouping") && grouping == null)
        || (spec.has("decimals") && decimals == null)) {
      return null;
    }
    RoundingMode rounding = roundingName == null ? null
        : RoundingMode.valueOf(roundingName.replace('-', '_').toUpperCase(Locale.ROOT));
    try {
      out.add(new NumberFormatConverter(current, decimals == null ? -1 : decimals, rounding, grouping,
          decimalSeparator));
      return Kind.TEXT;
    } catch (IllegalArgumentException e) {
      problems.add(spec.path(), "invalid number-format: " + e.getMessage());
      return null;
    }
  }

  private static Kind add(List<ElementConverter> out, ElementConverter converter, Kind current, String namePath,
      ProblemList problems) {
    if (current != null && current != converter.input()) {
      return kindMismatch(namePath, converter.name(), converter.input().label(), current, problems);
    }
    out.add(converter);
    return current == null ? null : converter.output();
  }

  /** Records that the converter cannot take the value's kind; the kind after it is unknown (null). */
  private static Kind kindMismatch(String namePath, String converter, String needs, Kind current,
      ProblemList problems) {
    problems.add(namePath, "converter '" + converter + "' needs " + needs
        + ", but here the value is " + current.withArticle());
    return null;
  }
}
