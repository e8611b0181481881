package io.github.iconikopentext.storage.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.status.Condition;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.FailureEntry;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.StatusSnapshot;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.net.URI;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What support sees in {@link IntegrationStatus} when an S3 store refuses a transfer: an ENDPOINT failure with a
 * stable reason, on the TransfersHealthy condition. The stores' answers are the ones they send (AWS S3, Ceph RGW,
 * MinIO), served by WireMock in front of the client; S3TargetTest shows a missing bucket against S3Mock.
 */
class S3FailureStatusTest {
  private static final String LIST_NONE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<ListMultipartUploadsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Bucket>media</Bucket>"
      + "<KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker><MaxUploads>1000</MaxUploads>"
      + "<IsTruncated>false</IsTruncated></ListMultipartUploadsResult>";
  private static final String INITIATED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<InitiateMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Bucket>media</Bucket>"
      + "<Key>k</Key><UploadId>upload-1</UploadId></InitiateMultipartUploadResult>";

  static IconikSimulator iconik;
  static IconikClient client;
  static String assetId;
  static WireMockServer store;

  @BeforeAll
  static void start() {
    byte[] content = new byte[64 * 1024];
    new Random(7).nextBytes(content);
    iconik = IconikSimulator.start();
    assetId = iconik.seedAsset("Promo");
    iconik.seedFile(assetId, "promo.mov", content);
    client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();
    store = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    store.start();
  }

  @AfterAll
  static void stop() {
    store.stop();
    iconik.close();
  }

  @BeforeEach
  void reset() {
    store.resetAll();
    store.stubFor(head(urlPathEqualTo("/media")).willReturn(aResponse().withStatus(200)));
    store.stubFor(get(urlPathEqualTo("/media")).willReturn(xml(200, LIST_NONE)));
    store.stubFor(post(urlPathMatching("/media/.+")).willReturn(xml(200, INITIATED)));
  }

  @Test
  void accessDenied_onTheBucket_isAnEndpointFailure_AccessDenied() {
    store.stubFor(head(urlPathEqualTo("/media")).willReturn(aResponse().withStatus(403))); // HEAD: no body

    assertStatus(transferTo("media"), "AccessDenied");
  }

  @Test
  void accessDenied_onUpload_byABucketPolicy_isAccessDenied() {
    store.stubFor(post(urlPathMatching("/media/.+")).willReturn(error(403, "AccessDenied", "Access Denied")));

    assertStatus(transferTo("media"), "AccessDenied");
  }

  @Test
  void aBucketThatIsGone_isBucketMissing() {
    store.stubFor(post(urlPathMatching("/media/.+")).willReturn(error(404, "NoSuchBucket",
        "The specified bucket does not exist")));

    assertStatus(transferTo("media"), "BucketMissing");
  }

  @Test
  void aFullStore_isQuotaExceeded_whetherMinioSays507_orCephSays403() {
    store.stubFor(put(urlPathMatching("/media/.+")).willReturn(error(507, "XMinioStorageFull",
        "Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed.")));
    assertStatus(transferTo("media"), "QuotaExceeded");

    reset();
    store.stubFor(post(urlPathMatching("/media/.+")).willReturn(error(403, "QuotaExceeded", "")));
    assertStatus(transferTo("media"), "QuotaExceeded");
  }

  @Test
  void slowDown_beyondTheClientsRetries_isRateLimitExhausted() {
    store.stubFor(put(urlPathMatching("/media/.+")).willReturn(error(503, "SlowDown",
        "Please reduce your request rate.")));

    assertStatus(transferTo("media"), "RateLimitExhausted");
  }

  /** Runs a transfer to {@code bucket} at the WireMock store and returns the status it left. */
  private static StatusSnapshot transferTo(String bucket) {
    IntegrationStatus status = new IntegrationStatus(Clock.systemUTC(), 10);
    try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(store.baseUrl())).forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "test")))
        .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
        S3Target target = S3Target.builder(bucket).client(s3).build()) {
      assertThatThrownBy(() -> AssetTransfer.builder(client).status(status).maxAttempts(1).build()
          .transfer(assetId, "ORIGINAL", target));
    }
    return status.snapshot();
  }

  private static void assertStatus(StatusSnapshot snapshot, String reason) {
    assertThat(snapshot.recentFailures()).first().satisfies(entry -> {
      assertThat(entry.failure().domain()).isEqualTo(FailureDomain.ENDPOINT);
      assertThat(entry.failure().reason()).isEqualTo(reason);
      assertThat(entry.failure().message()).startsWith("S3 ").doesNotContain("test");
    });
    assertThat(snapshot.conditions()).filteredOn(c -> c.type().equals(IntegrationStatus.TRANSFERS_HEALTHY))
        .singleElement().satisfies(c -> {
          assertThat(c.status()).isEqualTo(Condition.Status.FALSE);
          assertThat(c.reason()).isEqualTo(reason);
        });
    assertThat(snapshot.credentialProblems()).as("an endpoint problem, not a credential one").isEmpty();
    assertThat(snapshot.recentFailures()).extracting(FailureEntry::component).isNotEmpty();
  }

  private static ResponseDefinitionBuilder xml(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
        .withHeader("x-amz-request-id", "REQ123").withBody(body);
  }

  private static ResponseDefinitionBuilder error(int status, String code,
      String message) {
    return xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>"
        + message + "</Message><RequestId>REQ123</RequestId><HostId>host-1</HostId></Error>");
  }
}
