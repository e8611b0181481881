package io.github.iconikopentext.integration.mapping;

import static io.github.iconikopentext.integration.mapping.Specs.json;
import static io.github.iconikopentext.integration.mapping.Specs.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecValidationTest {

  private static final String FIVE_MISTAKES = json("""
      {
        'spec_version': 1,
        'name': 'five-mistakes',
        'fields': [
          {'iconik': 'a', 'opentext': {'property': 'x'}, 'type': 'string', 'converters': ['trm']},
          {'iconik': 'b', 'opentext': {'property': 'y'}, 'type': 'integer',
           'enum': {'to_opentext': {'values': {'1': 'one'}, 'fallback': 'reject'},
                    'to_iconik': {'values': {'one': '1'}, 'fallback': 'reject'}}},
          {'iconik': 'c', 'opentext': {'property': 'x'}, 'type': 'string'},
          {'iconik': 'd', 'opentext': {'property': 'd'}, 'type': 'datetime', 'direction': 'both',
           'converters': [{'name': 'date-format', 'pattern': 'uuuu-MM-dd HH:mm'}]},
          {'iconik': 'e', 'opentext': {'property': 'e'}, 'type': 'enum',
           'enum': {'to_opentext': {'values': {'A': '1', 'B': '1'}, 'fallback': 'reject'},
                    'to_iconik': {'values': {'1': 'A'}, 'fallback': 'reject'}}}
        ]
      }
      """);

  @Test
  void aSpecWithFiveMistakesReportsAllFiveWithTheirPaths() {
    MappingSpecException e = catchThrowableOfType(MappingSpecException.class,
        () -> MetadataMapper.fromJson(FIVE_MISTAKES));

    assertThat(e.problems()).extracting(SpecProblem::path).containsExactlyInAnyOrder(
        "$.fields[0].converters[0]",
        "$.fields[1].enum",
        "$.fields[2].opentext",
        "$.fields[3].converters[0]",
        "$.fields[4].enum.to_opentext.values.B");
    assertThat(e.problems()).extracting(SpecProblem::message).satisfiesExactlyInAnyOrder(
        m -> assertThat(m).startsWith("unknown converter 'trm' (expected one of trim, case, regex"),
        m -> assertThat(m).isEqualTo("enum tables need type enum, but the type is integer"),
        m -> assertThat(m).isEqualTo("duplicate target: properties.x is already written by $.fields[0]"),
        m -> assertThat(m).startsWith("the field maps both ways, but its conversion does not invert: pattern "
            + "'uuuu-MM-dd HH:mm' does not keep every part of a date-time"),
        m -> assertThat(m).isEqualTo("the field maps both ways, but 'B' → '1' comes back as 'A'"));
    assertThat(e).hasMessageStartingWith("mapping spec 'five-mistakes' is invalid (5 problems):")
        .hasMessageContaining("\n  line 9: $.fields[2].opentext: duplicate target");
    assertThat(e.problems()).extracting(SpecProblem::line).containsExactly(5, 7, 11, 13, 9);
  }

  @Test
  void validateListsTheSameProblemsWithoutThrowing() {
    List<SpecProblem> problems = MetadataMapper.validate(FIVE_MISTAKES);

    assertThat(problems).hasSize(5);
    assertThat(MetadataMapper.validate(spec("{'iconik': 'f', 'opentext': {'property': 'p'}, 'type': 'string'}")))
        .isEmpty();
  }

  static Stream<Arguments> mistakes() {
    String field = "{'iconik': 'f', 'opentext': {'property': 'p'}, ";
    String table = "'enum': {'to_opentext': {'values': {'A': 'a'}, 'fallback': 'reject'}, "
        + "'to_iconik': {'values': {'a': 'A'}, 'fallback': 'reject'}}";
    return Stream.of(
        Arguments.of("not JSON", "{'spec_version': 1, 'fields': [{'iconik': }]}", "$.fields[0].iconik",
            "malformed JSON"),
        Arguments.of("not an object", "['a']", "$", "expected an object, found an array"),
        Arguments.of("a member twice", "{'spec_version': 1, 'name': 'a', 'name': 'b', 'fields': [" + field
            + "'type': 'string'}]}", "$.name", "member 'name' appears more than once"),
        Arguments.of("a typo", "{'spec_version': 1, 'name': 'n', 'fields': [" + field
            + "'type': 'string', 'reqired': true}]}", "$.fields[0].reqired", "unknown member 'reqired'"),
        Arguments.of("another version", "{'spec_version': 2, 'name': 'n', 'fields': [" + field
            + "'type': 'string'}]}", "$.spec_version", "unsupported spec_version 2 (this SDK reads version 1)"),
        Arguments.of("no name", "{'spec_version': 1, 'fields': [" + field + "'type': 'string'}]}", "$",
            "missing required member 'name'"),
        Arguments.of("no fields", "{'spec_version': 1, 'name': 'n', 'fields': []}", "$.fields",
            "a spec needs at least one field"),
        Arguments.of("unknown policy", "{'spec_version': 1, 'name': 'n', 'unmapped': 'shout', 'fields': [" + field
            + "'type': 'string'}]}", "$.unmapped", "unknown unmapped 'shout' (expected one of fail, warn, ignore)"),
        Arguments.of("unknown type", spec(field + "'type': 'strng'}"), "$.fields[0].type",
            "unknown type 'strng' (expected one of string, text, integer, decimal, boolean, date, datetime, enum)"),
        Arguments.of("unknown direction", spec(field + "'type': 'string', 'direction': 'out'}"),
            "$.fields[0].direction", "unknown direction 'out' (expected one of to-opentext, to-iconik, both)"),
        Arguments.of("wrong JSON type", spec(field + "'type': 'string', 'required': 'yes'}"),
            "$.fields[0].required", "expected true or false, found text 'yes'"),
        Arguments.of("no target", spec("{'iconik': 'f', 'type': 'string'}"), "$.fields[0]",
            "missing required member 'opentext'"),
        Arguments.of("two kinds of target", spec("{'iconik': 'f', 'opentext': {'property': 'p', 'trait': 't'}, "
            + "'type': 'string'}"), "$.fields[0].opentext", "give either 'property' or 'trait'"),
        Arguments.of("half a trait path", spec("{'iconik': 'f', 'opentext': {'trait': 't', 'attribute': 'a'}, "
            + "'type': 'string'}"), "$.fields[0].opentext", "missing required member 'instance'"),
        Arguments.of("enum without tables", spec(field + "'type': 'enum'}"), "$.fields[0]",
            "a field of type enum needs an 'enum' member"),
        Arguments.of("table without fallback", spec(field + "'type': 'enum', 'direction': 'to-opentext', "
            + "'enum': {'to_opentext': {'values': {'A': 'a'}}}}"), "$.fields[0].enum.to_opentext",
            "an enum table needs an explicit fallback"),
        Arguments.of("bad fallback", spec(field + "'type': 'enum', 'direction': 'to-opentext', "
            + "'enum': {'to_opentext': {'values': {'A': 'a'}, 'fallback': 'drop'}}}"),
            "$.fields[0].enum.to_opentext.fallback", "expected \"reject\" or {\"use\": <value>}"),
        Arguments.of("missing table", spec(field + "'type': 'enum', "
            + "'enum': {'to_opentext': {'values': {'A': 'a'}, 'fallback': 'reject'}}}"), "$.fields[0].enum",
            "missing the to_iconik table the direction both needs"),
        Arguments.of("unused table", spec(field + "'type': 'enum', 'direction': 'to-opentext', " + table + "}"),
            "$.fields[0].enum.to_iconik", "the to_iconik table is never used"),
        Arguments.of("key converters change", spec(field + "'type': 'enum', 'direction': 'to-opentext', "
            + "'converters': [{'name': 'case', 'to': 'upper'}], "
            + "'enum': {'to_opentext': {'values': {'high': 'H'}, 'fallback': 'reject'}}}"),
            "$.fields[0].enum.to_opentext.values.high", "'high' can never match"),
        Arguments.of("fallback outside the table", spec(field + "'type': 'enum', "
            + "'enum': {'to_opentext': {'values': {'A': 'a'}, 'fallback': 'reject'}, "
            + "'to_iconik': {'values': {'a': 'A'}, 'fallback': {'use': 'Z'}}}}"),
            "$.fields[0].enum.to_iconik.fallback", "fallback 'Z' is not an iconik value"),
        Arguments.of("non-invertible table", spec(field + "'type': 'enum', "
            + "'enum': {'to_opentext': {'values': {'N/A': 'none'}, 'fallback': 'reject'}, "
            + "'to_iconik': {'values': {'none': 'NA'}, 'fallback': 'reject'}}}"),
            "$.fields[0].enum.to_opentext.values['N/A']", "'N/A' → 'none' comes back as 'NA'"),
        Arguments.of("converter for another kind", spec(field + "'type': 'date', 'converters': ['trim']}"),
            "$.fields[0].converters[0]", "converter 'trim' needs text, but here the value is a date"),
        Arguments.of("converter after a format", spec(field + "'type': 'integer', "
            + "'converters': ['number-format', {'name': 'number-format'}]}"), "$.fields[0].converters[1].name",
            "converter 'number-format' needs an integer or decimal, but here the value is text"),
        Arguments.of("invalid regex", spec(field + "'type': 'string', "
            + "'converters': [{'name': 'regex', 'pattern': '[a-'}]}"), "$.fields[0].converters[0].pattern",
            "invalid regular expression"),
        Arguments.of("invalid date pattern", spec(field + "'type': 'date', "
            + "'converters': [{'name': 'date-format', 'pattern': 'dd.MM.ppp'}]}"),
            "$.fields[0].converters[0].pattern", "invalid date-format pattern"),
        Arguments.of("time pattern for a date", spec(field + "'type': 'date', "
            + "'converters': [{'name': 'date-format', 'pattern': 'HH:mm'}]}"),
            "$.fields[0].converters[0].pattern", "asks for parts a date does not have"),
        Arguments.of("unreadable pattern to iconik", spec(field + "'type': 'date', 'direction': 'to-iconik', "
            + "'converters': [{'name': 'date-format', 'pattern': 'MMMM uuuu'}]}"),
            "$.fields[0].converters[0]",
            "the field maps to iconik, but pattern 'MMMM uuuu' does not hold a whole date"),
        Arguments.of("bad locale", spec(field + "'type': 'date', "
            + "'converters': [{'name': 'date-format', 'pattern': 'dd', 'locale': 'not a locale'}]}"),
            "$.fields[0].converters[0].locale", "not a BCP 47 language tag"),
        Arguments.of("missing case", spec(field + "'type': 'string', 'converters': [{'name': 'case'}]}"),
            "$.fields[0].converters[0]", "missing required member 'to'"),
        Arguments.of("rounding without decimals", spec(field + "'type': 'decimal', "
            + "'converters': [{'name': 'number-format', 'rounding': 'half-up'}]}"),
            "$.fields[0].converters[0].rounding", "rounding needs decimals"),
        Arguments.of("same separators", spec(field + "'type': 'decimal', "
            + "'converters': [{'name': 'number-format', 'grouping': ',', 'decimal_separator': ','}]}"),
            "$.fields[0].converters[0]", "must differ"),
        Arguments.of("split not first", spec(field + "'type': 'string', "
            + "'converters': ['trim', {'name': 'split', 'separator': ';'}]}"), "$.fields[0].converters[1].name",
            "split must be the first converter"),
        Arguments.of("split on a list", spec(field + "'type': 'string', 'list': true, "
            + "'converters': [{'name': 'split', 'separator': ';'}]}"), "$.fields[0].converters[0].name",
            "the field must not be a list"),
        Arguments.of("join not last", spec(field + "'type': 'string', 'list': true, "
            + "'converters': [{'name': 'join', 'separator': ';'}, 'trim']}"), "$.fields[0].converters[0].name",
            "join must be the last converter"),
        Arguments.of("join on a single value", spec(field + "'type': 'string', "
            + "'converters': [{'name': 'join', 'separator': ';'}]}"), "$.fields[0].converters[0].name",
            "the field must be a list"),
        Arguments.of("join of numbers", spec(field + "'type': 'integer', 'list': true, "
            + "'converters': [{'name': 'join', 'separator': ';'}]}"), "$.fields[0].converters[0].name",
            "join needs text, but here the value is an integer"),
        Arguments.of("empty separator", spec(field + "'type': 'string', 'list': true, "
            + "'converters': [{'name': 'join', 'separator': ''}]}"), "$.fields[0].converters[0].separator",
            "separator must be non-empty text"),
        Arguments.of("required with default", spec(field + "'type': 'string', 'required': true, 'default': 'x'}"),
            "$.fields[0].default", "a required field cannot have a default"),
        Arguments.of("default of another type", spec(field + "'type': 'date', 'default': 'soon'}"),
            "$.fields[0].default", "'soon' is not a date"),
        Arguments.of("default outside the table", spec(field + "'type': 'enum', 'default': 'Q', " + table + "}"),
            "$.fields[0].default", "'Q' is not in the to_opentext table"),
        Arguments.of("default failing the regex", spec(field + "'type': 'string', 'default': 'abc', "
            + "'converters': [{'name': 'regex', 'pattern': '[0-9]+'}]}"), "$.fields[0].default",
            "'abc' does not match the pattern [0-9]+"),
        Arguments.of("default not canonical", spec(field + "'type': 'string', 'default': ' x ', "
            + "'converters': ['trim']}"), "$.fields[0].default", "the default [ x ] maps back as [x]"),
        Arguments.of("scalar default for a list", spec(field + "'type': 'string', 'list': true, 'default': 'x'}"),
            "$.fields[0].default", "its default must be an array"),
        Arguments.of("duplicate iconik target", spec(
            "{'iconik': 'f', 'opentext': {'property': 'p'}, 'type': 'string', 'direction': 'to-iconik'}",
            "{'iconik': 'f', 'opentext': {'property': 'q'}, 'type': 'string'}"), "$.fields[1].iconik",
            "duplicate target: iconik field 'f' is already written by $.fields[0]"),
        Arguments.of("duplicate trait target", spec(
            "{'iconik': 'f', 'opentext': {'trait': 't', 'instance': 'i', 'attribute': 'a'}, 'type': 'string'}",
            "{'iconik': 'g', 'opentext': {'trait': 't', 'instance': 'i', 'attribute': 'a'}, 'type': 'string', "
                + "'direction': 'to-opentext'}"), "$.fields[1].opentext",
            "duplicate target: traits.t.i.a is already written by $.fields[0]"),
        Arguments.of("lossy both-way date-time", spec(field + "'type': 'datetime', "
            + "'converters': [{'name': 'date-format', 'pattern': 'uuuu-MM-dd HH:mm:ssxxx'}]}"),
            "$.fields[0].converters[0]", "comes back as 2031-11-27T13:45:37+05:30"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeIsReportedAtItsPath(String name, String specJson, String path, String message) {
    List<SpecProblem> problems = MetadataMapper.validate(json(specJson));

    assertThat(problems).as("problems of: %s", name).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo(path);
      assertThat(problem.message()).contains(message);
    });
  }

  @Test
  void readingTheSameIconikFieldTwiceIsFine() {
    assertThat(MetadataMapper.validate(spec(
        "{'iconik': 'f', 'opentext': {'property': 'p'}, 'type': 'string'}",
        "{'iconik': 'f', 'opentext': {'property': 'q'}, 'type': 'string', 'direction': 'to-opentext'}")))
        .isEmpty();
  }
}
