package io.github.iconikopentext.storage.s3;

import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.PathTemplate;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.Tag;

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
 *   <li>Failures are ENDPOINT {@link io.github.iconikopentext.integration.status.IntegrationException}s with
 *       stable reasons: {@code AccessDenied}, {@code BucketMissing}, {@code QuotaExceeded} (also a store's 507 or
 *       Ceph's 403 {@code QuotaExceeded}), {@code RateLimitExhausted} ({@code SlowDown} beyond the client's
 *       retries), {@code ChecksumMismatch}, {@code EndpointFailed}.
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
  private final S3Bucket bucket;
  private final boolean ownsClient;
  private final String prefix;
  private final PathTemplate keys;
  private final ObjectOptions options;
  private final String credentialId;
  private final ExecutorService uploads;
  private final PartUploader parts;

  private S3Target(Builder b) {
    this.name = b.name;
    this.prefix = b.prefix;
    this.keys = b.keys;
    this.options = b.options;
    this.credentialId = b.credentialId;
    this.ownsClient = b.client == null;
    this.bucket = new S3Bucket(b.client != null ? b.client : b.buildClient(), b.bucket);
    this.uploads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "s3-target-" + name);
      t.setDaemon(true);
      return t;
    });
    this.parts = new PartUploader(bucket, uploads, b.partSize, b.parallelParts);
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
    return "s3://" + bucket.name() + (prefix.isEmpty() ? "" : "/" + prefix);
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
    bucket.check();
  }

  @Override
  public String write(TransferItem item, InputStream content, long offset) throws IOException {
    if (offset != 0) {
      throw new IllegalArgumentException("S3 target resumes by parts, from offset 0: " + offset);
    }
    String key = key(item);
    String uploadId = bucket.latestUpload(key);
    Map<Integer, Part> listed = uploadId == null ? Map.of() : bucket.listParts(key, uploadId);
    if (uploadId == null) {
      CreateMultipartUploadRequest create = options.applyTo(CreateMultipartUploadRequest.builder()
          .bucket(bucket.name()).key(key).contentType(item.mimeType()).checksumAlgorithm(ChecksumAlgorithm.SHA256)
          .metadata(Map.of(TRANSFER_ID_META, item.id().value()))).build();
      uploadId = bucket.call("create multipart upload", () -> bucket.client().createMultipartUpload(create))
          .uploadId();
    } else {
      log.debug("transfer {}: resuming multipart upload of {} with {} part(s) listed", item.id().value(), key,
          listed.size());
    }
    return parts.upload(key, uploadId, listed, content).encode();
  }

  @Override
  public String commit(TransferItem item, String handle, VerifiedContent content) {
    String key = key(item);
    HeadObjectResponse existing = bucket.head(key);
    if (existing != null && item.id().value().equals(existing.metadata().get(TRANSFER_ID_META))
        && existing.contentLength() == content.bytes()) {
      log.debug("transfer {} already committed as {}", item.id().value(), bucket.location(key));
      return bucket.location(key); // an earlier attempt completed it: no second object
    }
    UploadHandle upload = UploadHandle.decode(handle);
    S3Client s3 = bucket.client();
    bucket.call("complete multipart upload", () -> s3.completeMultipartUpload(r -> r.bucket(bucket.name()).key(key)
        .uploadId(upload.uploadId()).multipartUpload(u -> u.parts(upload.parts()))));
    bucket.call("tag object", () -> s3.putObjectTagging(r -> r.bucket(bucket.name()).key(key).tagging(t -> t.tagSet(
        Tag.builder().key("iconik-md5").value(content.md5()).build(),
        Tag.builder().key("iconik-sha256").value(content.sha256()).build(),
        Tag.builder().key(TRANSFER_ID_META).value(item.id().value()).build()))));
    return bucket.location(key);
  }

  /** Aborts the multipart upload after a failed verification: its parts are not what was meant. */
  @Override
  public void discard(TransferItem item, String handle) {
    bucket.abortUpload(key(item), UploadHandle.uploadIdOf(handle));
  }

  /** The transfer failed for good: aborts its multipart upload, if any, so its parts stop costing storage. */
  @Override
  public void abort(TransferItem item) {
    String key = key(item);
    for (MultipartUpload upload : bucket.uploadsOf(key)) {
      bucket.abortUpload(key, upload.uploadId());
    }
  }

  /**
   * Aborts every multipart upload under this target's prefix started more than {@code olderThan} ago: uploads
   * orphaned by processes that died. Run it now and then (or set a bucket lifecycle rule).
   *
   * @return how many uploads were aborted
   */
  public int abortOrphanedUploads(Duration olderThan) {
    return bucket.abortUploadsStartedBefore(prefix, Instant.now().minus(olderThan));
  }

  /** Stops the part uploader; closes the S3 client only if this target built it. */
  @Override
  public void close() {
    uploads.shutdownNow();
    if (ownsClient) {
      bucket.client().close();
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
    private ObjectOptions options = ObjectOptions.DEFAULTS;
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
      this.options = options.withStorageClass(Objects.requireNonNull(storageClass, "storageClass == null"));
      return this;
    }

    /** SSE-S3: objects encrypted with keys S3 manages ({@code AES256}). */
    public Builder sseS3() {
      this.options = options.withEncryption(ServerSideEncryption.AES256, null);
      return this;
    }

    /** SSE-KMS with {@code kmsKeyId} (a key id or ARN; null for the account's default {@code aws/s3} key). */
    public Builder sseKms(String kmsKeyId) {
      this.options = options.withEncryption(ServerSideEncryption.AWS_KMS, kmsKeyId);
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
      if (!SecretReference.looksLikeReference(secretKeyReference)) {
        throw new ConfigurationException("the S3 secret key must be a secret"
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

    /** Builds the target; it builds its own S3 client unless {@link #client} gave one. */
    public S3Target build() {
      return new S3Target(this);
    }
  }
}
