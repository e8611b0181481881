package io.github.iconikopentext.kafka;

/**
 * Thrown by an {@link AssetEventProcessor} to have the event processed again later, not dead-lettered: the work is
 * held elsewhere for now (another worker's lease). The worker retries it after its retry backoff, without limit.
 */
public final class RetryLaterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RetryLaterException(String message) {
    super(message);
  }
}
