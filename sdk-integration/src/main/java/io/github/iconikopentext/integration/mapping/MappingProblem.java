package io.github.iconikopentext.integration.mapping;

import java.util.Objects;

/**
 * One problem met while mapping a single object's metadata: a value that could not be mapped, a fallback that was
 * used, or a source field the spec does not know.
 *
 * <p>{@code field} names what the problem is about: the iconik field name of the spec entry, or — for source data
 * the spec does not mention — the source's own name (an iconik field, or an OpenText {@code properties.<name>} /
 * {@code traits.<trait>.<instance>.<attribute>} path). Immutable and thread-safe.
 *
 * @param field what the problem concerns, never blank
 * @param code a stable, machine-readable reason
 * @param severity {@link Severity#ERROR} when a value was not mapped, {@link Severity#WARNING} when one was mapped
 *     in a way worth knowing about
 * @param message a human-readable explanation naming the value and the rule it broke
 */
public record MappingProblem(String field, Code code, Severity severity, String message) {

  /** How serious an problem is. */
  public enum Severity {
    /** The value was mapped, but not as given (a fallback was used), or an unknown source field was skipped. */
    WARNING,
    /** A value could not be mapped and is absent from the result, or a required value is missing. */
    ERROR
  }

  /** Why an problem was raised. */
  public enum Code {
    /** A required field has no value in the source and the spec gives no default. */
    REQUIRED_MISSING,
    /** A value cannot be read as the field's type, or a converter cannot read it. */
    INVALID_VALUE,
    /** A value does not match the field's {@code regex} check. */
    PATTERN_MISMATCH,
    /** An enum value is not in the direction's table and the fallback is {@code reject}. */
    UNMAPPED_ENUM_VALUE,
    /** An enum value is not in the direction's table; the table's fallback value was used instead. */
    ENUM_FALLBACK,
    /** A single-value field holds more than one value; none is mapped rather than picking one. */
    MULTIPLE_VALUES,
    /** A list element contains the separator of a {@code join}, so it could not be split apart again. */
    SEPARATOR_IN_VALUE,
    /** The source holds a field the spec does not mention (reported under the {@code warn} or {@code fail} policy). */
    UNMAPPED_FIELD
  }

  public MappingProblem {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return severity + " " + code + " " + field + ": " + message;
  }
}
