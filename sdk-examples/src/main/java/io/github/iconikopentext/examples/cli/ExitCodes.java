package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The CLI's exit codes and which failure gets which.
 *
 * <ul>
 *   <li>{@value #OK}: the command did what was asked.
 *   <li>{@value #FAILED}: a verification or validation failed (a rejected webhook, a tampered audit log, an invalid
 *       template, a refused plan), or something unexpected went wrong.
 *   <li>{@value #USAGE}: the command line or the configuration is wrong: an unknown option, a missing setting, an
 *       unreadable file.
 *   <li>{@value #REMOTE}: iconik or OpenText answered with an error, or could not be reached.
 *   <li>{@value #INCOMPLETE}: {@code audit verify} only: everything in the log verified, but it ends the way a crashed
 *       or still-running writer leaves it (a torn last line, no closing checkpoint) — not tampering.
 * </ul>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int REMOTE = 3;
  public static final int INCOMPLETE = 4;

  private ExitCodes() {}

  /** The exit code for a command that ended with {@code failure}. */
  public static int of(Throwable failure) {
    if (failure instanceof IntegrationException ie) {
      // Classified already: an asset or mapping problem is a failed check even when a 404 revealed it.
      return ie.domain() == FailureDomain.ENDPOINT || ie.domain() == FailureDomain.CREDENTIAL ? REMOTE : FAILED;
    }
    if (isRemote(failure)) {
      return REMOTE;
    }
    if (failure instanceof TemplateException) {
      return FAILED;
    }
    if (failure instanceof ConfigurationException || failure instanceof CredentialException
        || failure instanceof UsageException || failure instanceof IOException
        || failure instanceof UncheckedIOException || failure instanceof AuditException
        || failure instanceof IllegalArgumentException) {
      return USAGE;
    }
    return FAILED;
  }

  /** Whether a remote system answered with an error or could not be reached, somewhere in the cause chain. */
  private static boolean isRemote(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiException || t instanceof NetworkException || t instanceof InvalidResponseException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
