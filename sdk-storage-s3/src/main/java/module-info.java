/** An S3 (and S3-compatible) transfer target on the AWS SDK for Java v2. */
module io.github.iconikopentext.storage.s3 {
  requires transitive io.github.iconikopentext.integration;
  requires transitive software.amazon.awssdk.services.s3;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.auth;
  requires software.amazon.awssdk.regions;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.github.iconikopentext.storage.s3;

  provides io.github.iconikopentext.integration.transfer.TransferTargetFactory
      with io.github.iconikopentext.storage.s3.S3TargetFactory;
}
