package io.github.iconikopentext.integration.mapping;

import io.github.iconikopentext.core.error.SdkException;
import java.util.List;

/**
 * Thrown by {@link MappingResult#valueOrThrow()} when some metadata of an object could not be mapped. The message
 * lists every error; {@link #issues()} holds all issues of the mapping, warnings included.
 */
public final class MappingException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** Serializable copy: the issues are records of strings and enums. */
  private final List<MappingIssue> issues;

  public MappingException(List<MappingIssue> issues) {
    super(describe(issues));
    this.issues = List.copyOf(issues);
  }

  public List<MappingIssue> issues() {
    return issues;
  }

  private static String describe(List<MappingIssue> issues) {
    StringBuilder message = new StringBuilder("metadata could not be mapped:");
    for (MappingIssue issue : issues) {
      if (issue.severity() == MappingIssue.Severity.ERROR) {
        message.append("\n  ").append(issue.code()).append(' ').append(issue.field()).append(": ")
            .append(issue.message());
      }
    }
    return message.toString();
  }
}
