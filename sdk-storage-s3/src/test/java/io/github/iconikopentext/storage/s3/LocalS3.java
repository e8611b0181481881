package io.github.iconikopentext.storage.s3;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** S3Mock in this JVM on loopback (random port), with bucket {@code media}; one per test class. */
final class LocalS3 implements AutoCloseable {
  static final String BUCKET = "media";
  final S3MockApplication app;
  final S3Client client;

  LocalS3(Path root) {
    app = S3MockApplication.start(new java.util.HashMap<>(Map.of(
        S3MockApplication.PROP_HTTP_PORT, 0,
        S3MockApplication.PROP_HTTPS_PORT, 0,
        S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET,
        S3MockApplication.PROP_ROOT_DIRECTORY, root.toString(),
        S3MockApplication.PROP_SILENT, true,
        "spring.main.banner-mode", "off",
        "logging.level.root", "WARN")));
    client = S3Client.builder().endpointOverride(endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + app.getHttpPort());
  }

  @Override
  public void close() {
    client.close();
    app.stop();
  }
}
