package io.github.iconikopentext.storage.s3;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Maps S3 errors to ENDPOINT failures with stable reasons. The error code decides before the HTTP status, since
 * S3-compatible stores answer a full quota with 403 (Ceph RGW {@code QuotaExceeded}) or 507 (MinIO
 * {@code XMinioStorageFull}), which the status alone would call access denied or a server error.
 */
final class S3Failures {
  private static final Set<String> QUOTA = Set.of("QuotaExceeded", "EntityTooLarge", "InsufficientStorage",
      "XMinioStorageFull", "XMinioAdminBucketQuotaExceeded", "StorageFull");
  private static final Set<String> THROTTLED = Set.of("SlowDown", "Throttling", "ThrottlingException",
      "RequestLimitExceeded", "TooManyRequests");
  private static final Set<String> DENIED = Set.of("AccessDenied", "AllAccessDisabled", "InvalidAccessKeyId",
      "SignatureDoesNotMatch", "AccountProblem");

  private S3Failures() {}

  static IntegrationException classify(String operation, SdkException e) {
    String code = e instanceof AwsServiceException a && a.awsErrorDetails() != null
        && a.awsErrorDetails().errorCode() != null ? a.awsErrorDetails().errorCode() : "";
    int status = e instanceof AwsServiceException a ? a.statusCode() : 0;
    String requestId = e instanceof AwsServiceException a && a.requestId() != null ? " (request " + a.requestId()
        + ")" : "";
    return new IntegrationException(FailureDomain.ENDPOINT, reason(operation, code, status), "S3 " + operation
        + " failed: " + (status > 0 ? status + " " : "") + (code.isEmpty() ? e.getClass().getSimpleName() : code)
        + requestId, e);
  }

  /** The stable reason of an S3 error code and HTTP status (the code first; HEAD answers carry none). */
  static String reason(String operation, String code, int status) {
    if (code.equals("NoSuchBucket") || code.isEmpty() && status == 404 && operation.startsWith("check bucket")) {
      return "BucketMissing";
    }
    if (QUOTA.contains(code) || code.isEmpty() && status == 507) {
      return "QuotaExceeded";
    }
    if (THROTTLED.contains(code) || code.isEmpty() && status == 429) {
      return "RateLimitExhausted";
    }
    if (code.startsWith("BadDigest") || code.startsWith("InvalidDigest") || code.contains("Checksum")) {
      return "ChecksumMismatch";
    }
    if (DENIED.contains(code) || code.isEmpty() && status == 403) {
      return "AccessDenied";
    }
    return "EndpointFailed";
  }
}
