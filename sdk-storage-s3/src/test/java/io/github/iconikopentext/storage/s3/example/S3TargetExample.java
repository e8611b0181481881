package io.github.iconikopentext.storage.s3.example;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.storage.s3.S3Target;
import java.net.URI;
import java.time.Duration;

/** The snippets of docs/storage-s3.md and docs/integration.md, compiled. */
final class S3TargetExample {
  private S3TargetExample() {}

  static TransferResult archiveToAws(IconikClient iconik, String assetId) {
    S3Target archive = S3Target.builder("media-archive")
        .name("archive")
        .region("eu-west-1")
        .prefix("approved")
        .keyTemplate("{project_code}/{asset_id}/{file_name}")
        .storageClass("GLACIER_IR")
        .sseKms("arn:aws:kms:eu-west-1:111122223333:key/archive")
        .build(); // credentials: the AWS SDK's default chain (environment, profile, role)
    AssetTransfer transfer = AssetTransfer.builder(iconik).build();
    return transfer.transfer(assetId, "ORIGINAL", archive);
  }

  static S3Target wasabi() {
    SecretResolvers secrets = SecretResolvers.defaults();
    return S3Target.builder("media-archive")
        .endpoint(URI.create("https://s3.eu-central-1.wasabisys.com"))
        .region("eu-central-1")
        .pathStyle(true)
        .credentials("WASABI_ACCESS_KEY_ID", "env:WASABI_SECRET_KEY", secrets)
        .partSize(64L << 20)
        .parallelParts(8)
        .build();
  }

  static int cleanUp(S3Target archive) {
    return archive.abortOrphanedUploads(Duration.ofDays(2));
  }
}
