package io.github.iconikopentext.examples.demo;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * The demo's S3 bucket: S3Mock (Adobe's S3 API implementation, a Spring Boot app) in this JVM on a free loopback
 * port, its objects in a temporary directory. S3Mock is on the classpath of the README's demo command and the tests,
 * not in the CLI jar, which leaves Spring Boot out: {@link DemoWorld} only touches this class when S3Mock is there.
 * Close it to stop S3Mock. Not thread-safe.
 */
final class DemoBucket implements AutoCloseable {
  static final String S3MOCK_CLASS = "com.adobe.testing.s3mock.S3MockApplication";

  private final String bucket;
  private final S3MockApplication s3Mock;
  private final S3Client reader;

  private DemoBucket(String bucket, S3MockApplication s3Mock) {
    this.bucket = bucket;
    this.s3Mock = s3Mock;
    this.reader = S3Client.builder().endpointOverride(endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create()).build();
  }

  /** Starts S3Mock holding the empty bucket {@code bucket}. */
  static DemoBucket start(String bucket) {
    Path root;
    try {
      root = Files.createTempDirectory("iconik-opentext-demo-s3-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the demo bucket's directory", e);
    }
    Map<String, Object> properties = new HashMap<>(Map.of(
        S3MockApplication.PROP_HTTP_PORT, 0,
        S3MockApplication.PROP_HTTPS_PORT, 0,
        S3MockApplication.PROP_INITIAL_BUCKETS, bucket,
        S3MockApplication.PROP_ROOT_DIRECTORY, root.toString(),
        S3MockApplication.PROP_SILENT, true,
        "server.address", "127.0.0.1",
        "spring.main.banner-mode", "off",
        "logging.level.root", "WARN"));
    return new DemoBucket(bucket, S3MockApplication.start(properties));
  }

  /** Where S3 clients reach the bucket (path-style). */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + s3Mock.getHttpPort());
  }

  /** What the store holds at {@code key}: size, the object's tags, the transfer id in its metadata. */
  StoredObject read(String key) {
    HeadObjectResponse head = reader.headObject(r -> r.bucket(bucket).key(key));
    Map<String, String> tags = reader.getObjectTagging(r -> r.bucket(bucket).key(key)).tagSet().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value));
    return new StoredObject(head.contentLength(), tags, head.metadata());
  }

  /** An object as S3 reports it. */
  record StoredObject(long size, Map<String, String> tags, Map<String, String> metadata) {}

  @Override
  public void close() {
    reader.close();
    s3Mock.stop();
  }
}
