package io.github.iconikopentext.iconik;

import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.model.Job;
import java.time.Duration;

/**
 * A job did not reach a terminal status within the time the caller allowed. The job itself goes on; {@link #lastSeen()}
 * is its state at the last poll. Immutable.
 */
public final class JobWaitTimeoutException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final transient Job lastSeen;

  public JobWaitTimeoutException(Job lastSeen, Duration timeout) {
    super("job " + lastSeen.id() + " is still " + lastSeen.status() + " after waiting " + timeout
        + " (progress " + lastSeen.progressProcessed() + " of " + lastSeen.progressTotal() + ")");
    this.lastSeen = lastSeen;
  }

  /** The job as last polled. */
  public Job lastSeen() {
    return lastSeen;
  }
}
