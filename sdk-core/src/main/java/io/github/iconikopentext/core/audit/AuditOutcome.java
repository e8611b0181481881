package io.github.iconikopentext.core.audit;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether an audited action succeeded and, if not, why.
 *
 * <p>{@link #errorCode()} is a stable, SDK-defined code ({@code not_found}, {@code permission_denied}, …; see
 * {@link #failure(Throwable)}) or one the caller chose, never an exception message — messages may quote server
 * responses, which do not belong in an audit record. Immutable and thread-safe.
 *
 * @param status success or failure
 * @param errorCode a short machine-readable code for a failure; {@code null} on success
 * @param httpStatus the HTTP status of the remote call, when there was one; otherwise {@code null}
 */
public record AuditOutcome(Status status, @Nullable String errorCode, @Nullable Integer httpStatus) {

  /** Success or failure; written in events as {@code success} or {@code failure}. */
  public enum Status {
    SUCCESS("success"),
    FAILURE("failure");

    private final String jsonName;

    Status(String jsonName) {
      this.jsonName = jsonName;
    }

    public String jsonName() {
      return jsonName;
    }
  }

  private static final AuditOutcome SUCCESS = new AuditOutcome(Status.SUCCESS, null, null);

  public AuditOutcome {
    Objects.requireNonNull(status, "status == null");
    if (status == Status.SUCCESS && errorCode != null) {
      throw new IllegalArgumentException("a successful outcome has no error code");
    }
    if (status == Status.FAILURE && (errorCode == null || errorCode.isBlank())) {
      throw new IllegalArgumentException("a failed outcome needs an error code");
    }
  }

  public static AuditOutcome success() {
    return SUCCESS;
  }

  public static AuditOutcome success(int httpStatus) {
    return new AuditOutcome(Status.SUCCESS, null, httpStatus);
  }

  public static AuditOutcome failure(String errorCode) {
    return new AuditOutcome(Status.FAILURE, errorCode, null);
  }

  /**
   * The failure described by an SDK exception, with its HTTP status when it has one. Codes: {@code
   * authentication_failed}, {@code permission_denied}, {@code not_found}, {@code conflict}, {@code rate_limited},
   * {@code server_error}, {@code client_error} (any other HTTP 4xx), {@code network_error}, {@code
   * invalid_response}, {@code credential_error}, {@code configuration_error}, {@code audit_error}, and {@code error}
   * for anything else.
   */
  public static AuditOutcome failure(Throwable failure) {
    Integer http = failure instanceof ApiException api ? api.statusCode() : null;
    return new AuditOutcome(Status.FAILURE, errorCode(failure), http);
  }

  public boolean isSuccess() {
    return status == Status.SUCCESS;
  }

  private static String errorCode(Throwable t) {
    if (t instanceof AuthenticationException) {
      return "authentication_failed";
    } else if (t instanceof PermissionException) {
      return "permission_denied";
    } else if (t instanceof NotFoundException) {
      return "not_found";
    } else if (t instanceof ConflictException) {
      return "conflict";
    } else if (t instanceof RateLimitException) {
      return "rate_limited";
    } else if (t instanceof ServerException) {
      return "server_error";
    } else if (t instanceof ApiException) {
      return "client_error";
    } else if (t instanceof NetworkException) {
      return "network_error";
    } else if (t instanceof InvalidResponseException) {
      return "invalid_response";
    } else if (t instanceof CredentialException) {
      return "credential_error";
    } else if (t instanceof ConfigurationException) {
      return "configuration_error";
    } else if (t instanceof AuditException) {
      return "audit_error";
    }
    return "error";
  }
}
