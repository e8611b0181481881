package io.github.iconikopentext.storage.s3;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Maps S3 errors to ENDPOINT failures with stable reasons. */
final class S3Failures {
  private S3Failures() {}

  static IntegrationException classify(String operation, SdkException e) {
    String code = e instanceof AwsServiceException a && a.awsErrorDetails() != null
        ? String.valueOf(a.awsErrorDetails().errorCode()) : "";
    int status = e instanceof AwsServiceException a ? a.statusCode() : 0;
    String reason;
    if (code.equals("NoSuchBucket") || status == 404 && operation.startsWith("check bucket")) {
      reason = "BucketMissing";
    } else if (status == 403 || code.equals("AccessDenied") || code.equals("InvalidAccessKeyId")
        || code.equals("SignatureDoesNotMatch")) {
      reason = "AccessDenied";
    } else if (code.equals("QuotaExceeded") || code.equals("EntityTooLarge") || code.equals("InsufficientStorage")
        || status == 507) {
      reason = "QuotaExceeded";
    } else if (code.startsWith("BadDigest") || code.startsWith("InvalidDigest") || code.contains("Checksum")) {
      reason = "ChecksumMismatch";
    } else {
      reason = "EndpointFailed";
    }
    String requestId = e instanceof AwsServiceException a && a.requestId() != null ? " (request " + a.requestId()
        + ")" : "";
    return new IntegrationException(FailureDomain.ENDPOINT, reason, "S3 " + operation + " failed: "
        + (status > 0 ? status + " " : "") + (code.isEmpty() ? e.getClass().getSimpleName() : code) + requestId, e);
  }
}
