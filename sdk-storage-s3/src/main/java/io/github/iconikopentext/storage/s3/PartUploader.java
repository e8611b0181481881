package io.github.iconikopentext.storage.s3;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Part;

/**
 * Reads a stream in parts and uploads them to one multipart upload, up to {@code parallelParts} at once, each with
 * a SHA-256 flexible checksum the store verifies. A part the upload already holds with the same size and digest
 * (listed after an interruption) is kept, not sent again. Memory: at most {@code parallelParts + 1} parts. Thread-safe
 * for different uploads.
 */
final class PartUploader {
  private final S3Bucket bucket;
  private final ExecutorService pool;
  private final long partSize;
  private final int parallelParts;

  PartUploader(S3Bucket bucket, ExecutorService pool, long partSize, int parallelParts) {
    this.bucket = bucket;
    this.pool = pool;
    this.partSize = partSize;
    this.parallelParts = parallelParts;
  }

  /**
   * Uploads {@code content} to upload {@code uploadId} of {@code key}, keeping the {@code listed} parts that match.
   * On failure, the parts already handed over finish first, so that a later attempt can keep them.
   */
  UploadHandle upload(String key, String uploadId, Map<Integer, Part> listed, InputStream content)
      throws IOException {
    Semaphore inFlight = new Semaphore(parallelParts);
    List<Future<CompletedPart>> parts = new ArrayList<>();
    try {
      for (int number = 1; ; number++) {
        byte[] data;
        try {
          data = content.readNBytes((int) partSize);
        } catch (IOException e) {
          awaitQuietly(parts);
          throw e;
        }
        if (data.length == 0 && number > 1) {
          break;
        }
        String sha = base64Sha256(data);
        Part old = listed.get(number);
        if (old != null && sameContent(old, data, sha)) {
          parts.add(CompletableFuture.completedFuture(CompletedPart.builder().partNumber(number).eTag(old.eTag())
              .checksumSHA256(old.checksumSHA256()).build()));
        } else {
          inFlight.acquire();
          int partNumber = number;
          parts.add(pool.submit(() -> {
            try {
              return send(key, uploadId, partNumber, data, sha);
            } finally {
              inFlight.release();
            }
          }));
        }
        if (data.length < partSize) {
          break;
        }
      }
      List<CompletedPart> done = new ArrayList<>();
      for (Future<CompletedPart> part : parts) {
        done.add(part.get());
      }
      return new UploadHandle(uploadId, done);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      parts.forEach(p -> p.cancel(true));
      throw new InterruptedIOException("interrupted while uploading to " + bucket.location(key));
    } catch (ExecutionException e) {
      parts.forEach(p -> p.cancel(true));
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("upload to " + bucket.location(key) + " failed: " + e.getCause(), e.getCause());
    } catch (IOException | RuntimeException e) {
      parts.forEach(p -> p.cancel(true));
      throw e;
    }
  }

  private CompletedPart send(String key, String uploadId, int partNumber, byte[] data, String sha) {
    var response = bucket.call("upload part " + partNumber, () -> bucket.client().uploadPart(r -> r
        .bucket(bucket.name()).key(key).uploadId(uploadId).partNumber(partNumber).contentLength((long) data.length)
        .checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumSHA256(sha), RequestBody.fromBytes(data)));
    if (response.checksumSHA256() != null && !response.checksumSHA256().equals(sha)) {
      throw new IntegrationException(FailureDomain.ENDPOINT, "ChecksumMismatch", "S3 stored part " + partNumber
          + " of " + bucket.location(key) + " with another SHA-256 than was sent");
    }
    return CompletedPart.builder().partNumber(partNumber).eTag(response.eTag()).checksumSHA256(sha).build();
  }

  /** Whether a listed part holds {@code data}: by its SHA-256, or by its ETag (the part's MD5) on stores without. */
  private static boolean sameContent(Part old, byte[] data, String sha) {
    if (old.size() == null || old.size() != data.length) {
      return false;
    }
    return old.checksumSHA256() != null ? sha.equals(old.checksumSHA256())
        : old.eTag().equals("\"" + HexFormat.of().formatHex(digest("MD5", data)) + "\"");
  }

  private static void awaitQuietly(List<Future<CompletedPart>> parts) {
    for (Future<CompletedPart> part : parts) {
      try {
        part.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        // the caller's failure is the one reported
      }
    }
  }

  private static String base64Sha256(byte[] data) {
    return Base64.getEncoder().encodeToString(digest("SHA-256", data));
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }
}
