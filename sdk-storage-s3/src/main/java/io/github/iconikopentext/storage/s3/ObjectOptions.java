package io.github.iconikopentext.storage.s3;

import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * How stored objects are kept: storage class and server-side encryption; null fields leave the bucket's defaults.
 * Immutable.
 *
 * @param storageClass e.g. {@code STANDARD_IA}, or null
 * @param sse {@code AES256} (SSE-S3) or {@code aws:kms} (SSE-KMS), or null
 * @param kmsKeyId the KMS key of SSE-KMS, or null for the account's default key
 */
record ObjectOptions(String storageClass, ServerSideEncryption sse, String kmsKeyId) {
  static final ObjectOptions DEFAULTS = new ObjectOptions(null, null, null);

  ObjectOptions withStorageClass(String storageClass) {
    return new ObjectOptions(storageClass, sse, kmsKeyId);
  }

  ObjectOptions withEncryption(ServerSideEncryption sse, String kmsKeyId) {
    return new ObjectOptions(storageClass, sse, kmsKeyId);
  }

  /** Puts these options on the request that starts a multipart upload (S3 keeps them for the object). */
  CreateMultipartUploadRequest.Builder applyTo(CreateMultipartUploadRequest.Builder create) {
    if (storageClass != null) {
      create.storageClass(storageClass);
    }
    if (sse != null) {
      create.serverSideEncryption(sse);
      if (kmsKeyId != null) {
        create.ssekmsKeyId(kmsKeyId);
      }
    }
    return create;
  }
}
