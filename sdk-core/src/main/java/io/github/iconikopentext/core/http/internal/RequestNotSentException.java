package io.github.iconikopentext.core.http.internal;

import java.io.IOException;

/**
 * A request failed before any of it was written to a connection: connecting failed, or the pooled connection it
 * was given had already been closed by the server. Such a request cannot have been processed, so it may be sent
 * again whatever its method. Not part of the API.
 */
public final class RequestNotSentException extends IOException {
  private static final long serialVersionUID = 1L;

  private final boolean staleConnection;

  RequestNotSentException(String message, Throwable cause, boolean staleConnection) {
    super(message, cause);
    this.staleConnection = staleConnection;
  }

  /** Whether the failure was a pooled connection found closed: another connection will do at once. */
  boolean staleConnection() {
    return staleConnection;
  }
}
