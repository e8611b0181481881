package io.github.iconikopentext.storage.s3;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.transfer.PathTemplate;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 or S3-compatible bucket (AWS S3, Wasabi, Backblaze B2, MinIO, …) as a {@link io.github.iconikopentext.integration.transfer.TransferTarget}, on the AWS SDK
 * for Java v2's synchronous client.
 *
 * <ul>
 *   <li>Objects land at {@code <prefix>/<key template>} ({@link PathTemplate}; default
 *       {@code {asset_id}/{file_name}}); traversal and illegal characters are refused before any byte moves.
 *   <li>Content goes up as a multipart upload in parts of {@link Builder#partSize} (default 16 MiB), up to
 *       {@link Builder#parallelParts} at once; memory is bounded by parts in flight × part size. Every part carries a
 *       SHA-256 flexible checksum that the store verifies, and the object gets the SHA-256 composite.
 *   <li>Resume: an interrupted multipart upload of the same key is found again by listing; a part whose listed
 *       SHA-256 matches the bytes at its place is kept, not uploaded again (the source is still read, so the
 *       transfer's digests cover the whole file). {@link #abort} and {@link #abortOrphanedUploads} drop uploads left
 *       behind.
 *   <li>Commit is idempotent per transfer id: the object carries {@code x-amz-meta-iconik-transfer-id}; a commit that
 *       finds the object already there with that id returns it instead of writing a second. After completing, the
 *       object is tagged with {@code iconik-md5} and {@code iconik-sha256} (tags can be set on an object of any size
 *       after upload; S3 user metadata cannot be changed without a copy).
 *   <li>Failures are ENDPOINT {@link IntegrationException}s with stable reasons: {@code AccessDenied},
 *       {@code BucketMissing}, {@code QuotaExceeded}, {@code ChecksumMismatch}, {@code EndpointFailed}.
 * </ul>
 *
 * <p>Credentials come from the AWS SDK's own providers (default chain: environment, profile, web identity, instance
 * role) or from a secret reference ({@link Builder#credentials(String, String, SecretResolvers)}); never a literal
 * in a template. Thread-safe for different transfers; {@link #close()} closes the client only if this target built it.
 */
public final class S3Target implements AuditedTarget, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(S3Target.class);
  static final String TRANSFER_ID_META = "iconik-transfer-id";
  static final long MIN_PART = 5L << 20;

  private final String name;
  private final S3Client s3;
  private final boolean ownsClient;
  private final String bucket;
  private final String prefix;
  private final PathTemplate keys;
  private final long partSize;
  private final int parallelParts;
  private final String storageClass;
  private final ServerSideEncryption sse;
  private final String kmsKeyId;
  private final String credentialId;
  private final ExecutorService uploads;

  private S3Target(Builder b) {
    this.name = b.name;
    this.bucket = b.bucket;
    this.prefix = b.prefix;
    this.keys = b.keys;
    this.partSize = b.partSize;
    this.parallelParts = b.parallelParts;
    this.storageClass = b.storageClass;
    this.sse = b.sse;
    this.kmsKeyId = b.kmsKeyId;
    this.credentialId = b.credentialId;
    this.ownsClient = b.client == null;
    this.s3 = b.client != null ? b.client : b.buildClient();
    this.uploads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "s3-target-" + name);
      t.setDaemon(true);
      return t;
    });
  }

  /** A builder for a target writing to {@code bucket}. */
  public static Builder builder(String bucket) {
    return new Builder(bucket);
  }

  @Override
  public String name() {
    return name;
  }

  /** {@code s3}. */
  @Override
  public String kind() {
    return "s3";
  }

  /** {@code s3://bucket/prefix}: where this target writes. */
  public String location() {
    return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
  }

  /** The non-secret id of the credential this target uses (an access key id), or null for the default chain. */
  @Override
  public String credentialId() {
    return credentialId;
  }

  /** The object key of {@code item}; refuses traversal and illegal characters. */
  public String key(TransferItem item) {
    String key = keys.fill(item);
    return prefix.isEmpty() ? key : prefix + "/" + key;
  }

  /** Checks the key and that the bucket exists and is reachable with these credentials. */
  @Override
  public void prepare(TransferItem item) {
    key(item);
    call("check bucket", () -> s3.headBucket(r -> r.bucket(bucket)));
  }

  @Override
  public String write(TransferItem item, InputStream content, long offset) throws IOException {
    if (offset != 0) {
      throw new IllegalArgumentException("S3 target resumes by parts, from offset 0: " + offset);
    }
    String key = key(item);
    String uploadId = existingUpload(key);
    Map<Integer, Part> listed = uploadId == null ? Map.of() : listParts(key, uploadId);
    if (uploadId == null) {
      CreateMultipartUploadRequest.Builder create = CreateMultipartUploadRequest.builder().bucket(bucket).key(key)
          .contentType(item.mimeType()).checksumAlgorithm(ChecksumAlgorithm.SHA256)
          .metadata(Map.of(TRANSFER_ID_META, item.id().value()));
      if (storageClass != null) {
        create.storageClass(storageClass);
      }
      if (sse != null) {
        create.serverSideEncryption(sse);
        if (kmsKeyId != null) {
          create.ssekmsKeyId(kmsKeyId);
        }
      }
      uploadId = call("create multipart upload", () -> s3.createMultipartUpload(create.build())).uploadId();
    } else {
      log.debug("transfer {}: resuming multipart upload of {} with {} part(s) listed", item.id().value(), key,
          listed.size());
    }
    String id = uploadId;
    Semaphore inFlight = new Semaphore(parallelParts);
    List<Future<CompletedPart>> parts = new ArrayList<>();
    try {
      for (int number = 1; ; number++) {
        byte[] data;
        try {
          data = content.readNBytes((int) partSize);
        } catch (IOException e) {
          awaitQuietly(parts); // parts already handed over finish, so a later attempt can keep them
          throw e;
        }
        if (data.length == 0 && number > 1) {
          break;
        }
        String sha = base64Sha256(data);
        Part old = listed.get(number);
        int partNumber = number;
        if (old != null && old.size() == data.length && (old.checksumSHA256() != null
            ? sha.equals(old.checksumSHA256()) : old.eTag().equals("\"" + hexMd5(data) + "\""))) {
          parts.add(java.util.concurrent.CompletableFuture.completedFuture(CompletedPart.builder()
              .partNumber(number).eTag(old.eTag()).checksumSHA256(old.checksumSHA256()).build()));
        } else {
          inFlight.acquire();
          parts.add(uploads.submit(() -> {
            try {
              var response = call("upload part " + partNumber, () -> s3.uploadPart(r -> r.bucket(bucket).key(key)
                  .uploadId(id).partNumber(partNumber).contentLength((long) data.length)
                  .checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumSHA256(sha), RequestBody.fromBytes(data)));
              if (response.checksumSHA256() != null && !response.checksumSHA256().equals(sha)) {
                throw new IntegrationException(FailureDomain.ENDPOINT, "ChecksumMismatch", "S3 stored part "
                    + partNumber + " of " + location(key) + " with another SHA-256 than was sent");
              }
              return CompletedPart.builder().partNumber(partNumber).eTag(response.eTag()).checksumSHA256(sha).build();
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
      return id + "\n" + partsText(done);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      parts.forEach(p -> p.cancel(true));
      throw new InterruptedIOException("interrupted while uploading to " + location(key));
    } catch (ExecutionException e) {
      parts.forEach(p -> p.cancel(true));
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("upload to " + location(key) + " failed: " + e.getCause(), e.getCause());
    } catch (IOException | RuntimeException e) {
      parts.forEach(p -> p.cancel(true));
      throw e;
    }
  }

  @Override
  public String commit(TransferItem item, String handle, VerifiedContent content) {
    String key = key(item);
    HeadObjectResponse existing = head(key);
    if (existing != null && item.id().value().equals(existing.metadata().get(TRANSFER_ID_META))
        && existing.contentLength() == content.bytes()) {
      log.debug("transfer {} already committed as {}", item.id().value(), location(key));
      return location(key); // an earlier attempt completed it: no second object
    }
    String[] lines = handle.split("\n", 2);
    List<CompletedPart> parts = parseParts(lines[1]);
    call("complete multipart upload", () -> s3.completeMultipartUpload(r -> r.bucket(bucket).key(key)
        .uploadId(lines[0]).multipartUpload(u -> u.parts(parts))));
    call("tag object", () -> s3.putObjectTagging(r -> r.bucket(bucket).key(key).tagging(t -> t.tagSet(
        Tag.builder().key("iconik-md5").value(content.md5()).build(),
        Tag.builder().key("iconik-sha256").value(content.sha256()).build(),
        Tag.builder().key(TRANSFER_ID_META).value(item.id().value()).build()))));
    return location(key);
  }

  /** Aborts the multipart upload after a failed verification: its parts are not what was meant. */
  @Override
  public void discard(TransferItem item, String handle) {
    String uploadId = handle.split("\n", 2)[0];
    String key = key(item);
    call("abort multipart upload", () -> s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)));
  }

  /** The transfer failed for good: aborts its multipart upload, if any, so its parts stop costing storage. */
  @Override
  public void abort(TransferItem item) {
    String key = key(item);
    for (MultipartUpload upload : uploadsOf(key)) {
      call("abort multipart upload", () -> s3.abortMultipartUpload(r -> r.bucket(bucket).key(key)
          .uploadId(upload.uploadId())));
    }
  }

  /**
   * Aborts every multipart upload under this target's prefix started more than {@code olderThan} ago: uploads
   * orphaned by processes that died. Run it now and then (or set a bucket lifecycle rule).
   *
   * @return how many uploads were aborted
   */
  public int abortOrphanedUploads(Duration olderThan) {
    Instant cutoff = Instant.now().minus(olderThan);
    int aborted = 0;
    for (MultipartUpload upload : call("list multipart uploads", () -> s3.listMultipartUploadsPaginator(r -> r
        .bucket(bucket).prefix(prefix.isEmpty() ? null : prefix + "/")).uploads())) {
      if (upload.initiated() == null || upload.initiated().isBefore(cutoff)) {
        call("abort multipart upload", () -> s3.abortMultipartUpload(r -> r.bucket(bucket).key(upload.key())
            .uploadId(upload.uploadId())));
        aborted++;
      }
    }
    return aborted;
  }

  private String existingUpload(String key) {
    return uploadsOf(key).stream().max(Comparator.comparing(MultipartUpload::initiated,
        Comparator.nullsFirst(Comparator.naturalOrder()))).map(MultipartUpload::uploadId).orElse(null);
  }

  private List<MultipartUpload> uploadsOf(String key) {
    List<MultipartUpload> out = new ArrayList<>();
    for (MultipartUpload upload : call("list multipart uploads", () -> s3.listMultipartUploadsPaginator(r -> r
        .bucket(bucket).prefix(key)).uploads())) {
      if (upload.key().equals(key)) {
        out.add(upload);
      }
    }
    return out;
  }

  private Map<Integer, Part> listParts(String key, String uploadId) {
    Map<Integer, Part> out = new HashMap<>();
    for (Part part : call("list parts", () -> s3.listPartsPaginator(r -> r.bucket(bucket).key(key)
        .uploadId(uploadId)).parts())) {
      out.put(part.partNumber(), part);
    }
    return out;
  }

  private HeadObjectResponse head(String key) {
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

  private <T> T call(String operation, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (S3Exception | SdkClientException e) {
      throw S3Failures.classify(operation + " at " + location(), e);
    }
  }

  private String location(String key) {
    return "s3://" + bucket + "/" + key;
  }

  private static String partsText(List<CompletedPart> parts) {
    StringBuilder out = new StringBuilder();
    for (CompletedPart p : parts) {
      out.append(p.partNumber()).append(' ').append(p.eTag()).append(' ').append(p.checksumSHA256()).append('\n');
    }
    return out.toString();
  }

  private static List<CompletedPart> parseParts(String text) {
    List<CompletedPart> parts = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        String[] f = line.split(" ", 3);
        parts.add(CompletedPart.builder().partNumber(Integer.parseInt(f[0])).eTag(f[1])
            .checksumSHA256("null".equals(f[2]) ? null : f[2]).build());
      }
    }
    return parts;
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

  /** A part's MD5 as S3 gives it as ETag (stores that do not list part checksums are compared by it). */
  private static String hexMd5(byte[] data) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this JVM", e);
    }
  }

  private static String base64Sha256(byte[] data) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Stops the part uploader; closes the S3 client only if this target built it. */
  @Override
  public void close() {
    uploads.shutdownNow();
    if (ownsClient) {
      s3.close();
    }
  }

  @Override
  public String toString() {
    return "S3 target " + name + " at " + location();
  }

  /** Builds an {@link S3Target}. Not thread-safe. */
  public static final class Builder {
    private final String bucket;
    private String name = "s3";
    private String prefix = "";
    private PathTemplate keys = PathTemplate.of("{asset_id}/{file_name}");
    private long partSize = 16L << 20;
    private int parallelParts = 4;
    private String storageClass;
    private ServerSideEncryption sse;
    private String kmsKeyId;
    private S3Client client;
    private URI endpoint;
    private boolean pathStyle;
    private Region region = Region.US_EAST_1;
    private AwsCredentialsProvider credentials;
    private String credentialId;

    private Builder(String bucket) {
      Objects.requireNonNull(bucket, "bucket == null");
      if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
        throw new IllegalArgumentException("not an S3 bucket name: '" + bucket + "'");
      }
      this.bucket = bucket;
    }

    /** The target's name in routing rules and transfer ids. Default {@code s3}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** A key prefix (a "folder") all objects land under, e.g. {@code archive/2026}. Default none. */
    public Builder prefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix == null");
      String p = prefix.replaceAll("^/+|/+$", "");
      if (!p.isEmpty()) {
        PathTemplate.of(p + "/{file_name}"); // the same segment rules
      }
      this.prefix = p;
      return this;
    }

    /** The object key template under the prefix. Default {@code {asset_id}/{file_name}}. */
    public Builder keyTemplate(String template) {
      this.keys = PathTemplate.of(template);
      return this;
    }

    /** Part size of multipart uploads, 5 MiB to 5 GiB. Default 16 MiB. */
    public Builder partSize(long bytes) {
      if (bytes < MIN_PART || bytes > (5L << 30)) {
        throw new IllegalArgumentException("part size must be 5 MiB to 5 GiB: " + bytes);
      }
      this.partSize = bytes;
      return this;
    }

    /** Parts uploaded at once, 1 to 32. Default 4. */
    public Builder parallelParts(int parts) {
      if (parts < 1 || parts > 32) {
        throw new IllegalArgumentException("parallel parts must be 1 to 32: " + parts);
      }
      this.parallelParts = parts;
      return this;
    }

    /** The storage class, e.g. {@code STANDARD_IA}, {@code GLACIER_IR}, {@code DEEP_ARCHIVE}. Default: the bucket's. */
    public Builder storageClass(String storageClass) {
      this.storageClass = Objects.requireNonNull(storageClass, "storageClass == null");
      return this;
    }

    /** SSE-S3: objects encrypted with keys S3 manages ({@code AES256}). */
    public Builder sseS3() {
      this.sse = ServerSideEncryption.AES256;
      this.kmsKeyId = null;
      return this;
    }

    /** SSE-KMS with {@code kmsKeyId} (a key id or ARN; null for the account's default {@code aws/s3} key). */
    public Builder sseKms(String kmsKeyId) {
      this.sse = ServerSideEncryption.AWS_KMS;
      this.kmsKeyId = kmsKeyId;
      return this;
    }

    /** Uses this client as it is (endpoint, region, credentials); the target never closes it. */
    public Builder client(S3Client client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /** An S3-compatible endpoint (MinIO, Wasabi, B2, GCS XML API), e.g. {@code https://s3.wasabisys.com}. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
      return this;
    }

    /** Path-style addressing ({@code endpoint/bucket/key}), which most S3-compatible stores need. */
    public Builder pathStyle(boolean pathStyle) {
      this.pathStyle = pathStyle;
      return this;
    }

    /** The region. Default {@code us-east-1}. */
    public Builder region(String region) {
      this.region = Region.of(Objects.requireNonNull(region, "region == null"));
      return this;
    }

    /** Any AWS SDK credentials provider (profile, web identity, instance role, …). Default: the SDK's chain. */
    public Builder credentialsProvider(AwsCredentialsProvider provider) {
      this.credentials = Objects.requireNonNull(provider, "provider == null");
      return this;
    }

    /**
     * An access key id (not secret; recorded in the audit trail) with its secret key from a secret reference such
     * as {@code env:S3_SECRET_KEY}; a literal secret is refused.
     */
    public Builder credentials(String accessKeyId, String secretKeyReference, SecretResolvers resolvers) {
      Objects.requireNonNull(accessKeyId, "accessKeyId == null");
      if (!io.github.iconikopentext.core.credentials.SecretReference.looksLikeReference(secretKeyReference)) {
        throw new io.github.iconikopentext.core.error.ConfigurationException("the S3 secret key must be a secret"
            + " reference such as env:NAME or file:/path; literal secrets are refused (the value is not shown)");
      }
      var secret = resolvers.resolve(secretKeyReference);
      this.credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret.reveal()));
      this.credentialId = accessKeyId;
      return this;
    }

    private S3Client buildClient() {
      var b = S3Client.builder().region(region).forcePathStyle(pathStyle)
          .credentialsProvider(credentials != null ? credentials : DefaultCredentialsProvider.builder().build());
      if (endpoint != null) {
        b.endpointOverride(endpoint);
      }
      return b.build();
    }

    public S3Target build() {
      return new S3Target(this);
    }
  }
}
