package io.github.iconikopentext.storage.s3;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One bucket through one S3 client: the calls {@link S3Target} makes besides the part uploads, each failure mapped
 * by {@link S3Failures}. Thread-safe (the AWS SDK's client is).
 */
final class S3Bucket {
  private final S3Client s3;
  private final String bucket;

  S3Bucket(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  S3Client client() {
    return s3;
  }

  String name() {
    return bucket;
  }

  /** {@code s3://bucket/key}. */
  String location(String key) {
    return "s3://" + bucket + "/" + key;
  }

  /** Runs {@code call}, mapping S3 and client failures to ENDPOINT failures named after {@code operation}. */
  <T> T call(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (S3Exception | SdkClientException e) {
      throw S3Failures.classify(operation + " at s3://" + bucket, e);
    }
  }

  /** Checks that the bucket exists and these credentials reach it. */
  void check() {
    call("check bucket", () -> s3.headBucket(r -> r.bucket(bucket)));
  }

  /** The object's head, or null when there is no object at {@code key}. */
  HeadObjectResponse head(String key) {
    try {
      return s3.headObject(r -> r.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      return null;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw S3Failures.classify("look up " + location(key), e);
    }
  }

  /** The multipart uploads in progress for exactly {@code key}. */
  List<MultipartUpload> uploadsOf(String key) {
    List<MultipartUpload> out = new ArrayList<>();
    for (MultipartUpload upload : call("list multipart uploads", () -> s3.listMultipartUploadsPaginator(r -> r
        .bucket(bucket).prefix(key)).uploads())) {
      if (upload.key().equals(key)) {
        out.add(upload);
      }
    }
    return out;
  }

  /** The id of the most recently started upload of {@code key}, or null. */
  String latestUpload(String key) {
    return uploadsOf(key).stream().max(Comparator.comparing(MultipartUpload::initiated,
        Comparator.nullsFirst(Comparator.naturalOrder()))).map(MultipartUpload::uploadId).orElse(null);
  }

  /** The parts an upload holds, by part number. */
  Map<Integer, Part> listParts(String key, String uploadId) {
    Map<Integer, Part> out = new HashMap<>();
    for (Part part : call("list parts", () -> s3.listPartsPaginator(r -> r.bucket(bucket).key(key)
        .uploadId(uploadId)).parts())) {
      out.put(part.partNumber(), part);
    }
    return out;
  }

  void abortUpload(String key, String uploadId) {
    call("abort multipart upload", () -> s3.abortMultipartUpload(r -> r.bucket(bucket).key(key)
        .uploadId(uploadId)));
  }

  /** Aborts every upload under {@code prefix} (empty: the whole bucket) started before {@code cutoff}. */
  int abortUploadsStartedBefore(String prefix, Instant cutoff) {
    int aborted = 0;
    for (MultipartUpload upload : call("list multipart uploads", () -> s3.listMultipartUploadsPaginator(r -> r
        .bucket(bucket).prefix(prefix.isEmpty() ? null : prefix + "/")).uploads())) {
      if (upload.initiated() == null || upload.initiated().isBefore(cutoff)) {
        abortUpload(upload.key(), upload.uploadId());
        aborted++;
      }
    }
    return aborted;
  }
}
