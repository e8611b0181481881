package io.github.iconikopentext.integration.status;

import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.ConflictException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.error.PermissionException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.error.ServerException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Classifies any failure the SDK raises into a {@link FailureDomain} and a stable reason code.
 *
 * <table>
 *   <caption>Classification</caption>
 *   <tr><th>failure</th><th>domain</th><th>reason</th></tr>
 *   <tr><td>{@link IntegrationException}</td><td>its own</td><td>its own</td></tr>
 *   <tr><td>401/419</td><td>CREDENTIAL</td><td>Unauthorized</td></tr>
 *   <tr><td>403</td><td>CREDENTIAL</td><td>Forbidden</td></tr>
 *   <tr><td>{@link CredentialException}</td><td>CREDENTIAL</td><td>CredentialUnavailable</td></tr>
 *   <tr><td>429 after retries</td><td>ENDPOINT</td><td>RateLimitExhausted</td></tr>
 *   <tr><td>5xx</td><td>ENDPOINT</td><td>ServerError</td></tr>
 *   <tr><td>timeout</td><td>ENDPOINT</td><td>Timeout</td></tr>
 *   <tr><td>other network failure</td><td>ENDPOINT</td><td>Unreachable</td></tr>
 *   <tr><td>unreadable response</td><td>ENDPOINT</td><td>InvalidResponse</td></tr>
 *   <tr><td>404</td><td>ASSET</td><td>ObjectNotFound</td></tr>
 *   <tr><td>409</td><td>ASSET</td><td>Conflict</td></tr>
 *   <tr><td>other 4xx</td><td>INTEGRATION</td><td>RequestRejected</td></tr>
 *   <tr><td>{@link ConfigurationException}</td><td>INTEGRATION</td><td>ConfigurationInvalid</td></tr>
 *   <tr><td>anything else</td><td>INTEGRATION</td><td>UnexpectedError</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
public final class FailureClassifier {
  private final Clock clock;

  public FailureClassifier(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** Classifies {@code failure}, seen in {@code system} ({@code iconik}, {@code opentext} or null). */
  public ClassifiedFailure classify(Throwable failure, @Nullable String system) {
    Objects.requireNonNull(failure, "failure == null");
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    if (failure instanceof IntegrationException ie) {
      return of(ie.domain(), ie.reason(), message, null, null, system);
    }
    if (failure instanceof ApiException api) {
      Integer status = api.statusCode();
      String id = api.requestId();
      if (api instanceof AuthenticationException) {
        return of(FailureDomain.CREDENTIAL, "Unauthorized", message, status, id, system);
      }
      if (api instanceof PermissionException) {
        return of(FailureDomain.CREDENTIAL, "Forbidden", message, status, id, system);
      }
      if (api instanceof RateLimitException) {
        return of(FailureDomain.ENDPOINT, "RateLimitExhausted", message, status, id, system);
      }
      if (api instanceof ServerException) {
        return of(FailureDomain.ENDPOINT, "ServerError", message, status, id, system);
      }
      if (api instanceof NotFoundException) {
        return of(FailureDomain.ASSET, "ObjectNotFound", message, status, id, system);
      }
      if (api instanceof ConflictException) {
        return of(FailureDomain.ASSET, "Conflict", message, status, id, system);
      }
      return of(FailureDomain.INTEGRATION, "RequestRejected", message, status, id, system);
    }
    if (failure instanceof CredentialException) {
      return of(FailureDomain.CREDENTIAL, "CredentialUnavailable", message, null, null, system);
    }
    if (failure instanceof NetworkException) {
      boolean timeout = failure.getCause() instanceof SocketTimeoutException
          || failure.getCause() instanceof InterruptedIOException;
      return of(FailureDomain.ENDPOINT, timeout ? "Timeout" : "Unreachable", message, null, null, system);
    }
    if (failure instanceof InvalidResponseException) {
      return of(FailureDomain.ENDPOINT, "InvalidResponse", message, null, null, system);
    }
    if (failure instanceof ConfigurationException) {
      return of(FailureDomain.INTEGRATION, "ConfigurationInvalid", message, null, null, system);
    }
    return of(FailureDomain.INTEGRATION, "UnexpectedError", failure.getClass().getSimpleName() + ": " + message,
        null, null, system);
  }

  private ClassifiedFailure of(FailureDomain d, String reason, String msg, Integer status, String id, String sys) {
    return new ClassifiedFailure(d, reason, msg, status, id, sys, clock.instant());
  }
}
