package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.AssetStatus;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.FileStatus;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.ListOptions;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.model.SearchSort;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.iconik.spec.SampleMetadata;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator through the real client: the integration path, auth, paging and metadata round trips. */
class IconikSimulatorTest {
  private static final IconikSimulator sim = IconikSimulator.start();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final IconikClient iconik = IconikClient.builder(sim.environment(), sim.credentials())
      .httpOptions(HttpOptions.builder().sleeper(waits::add).build())
      .build();

  @BeforeEach
  void reset() {
    sim.reset();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void aWrongTokenIsRejectedWith401() {
    IconikClient wrong = IconikClient.builder(sim.environment(), StaticCredentialsProvider.of(sim.appId(), "nope"))
        .build();

    assertThatThrownBy(() -> wrong.system().currentUser())
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("Token is invalid");
    assertThat(iconik.system().currentUser().id()).isEqualTo(sim.userId());
    assertThat(iconik.system().systemDomainId()).isEqualTo(sim.systemDomainId());
  }

  @Test
  void listsPageWithRelativeNextUrlsAcrossThreePages() {
    for (int i = 0; i < 25; i++) {
      sim.seedAsset("Asset " + i);
    }

    List<Asset> all = iconik.assets().list(ListOptions.perPage(10)).stream().toList();

    assertThat(all).hasSize(25).extracting(Asset::title).startsWith("Asset 0").endsWith("Asset 24");
    assertThat(sim.requestCount("GET", "/API/assets/v1/assets/")).isEqualTo(3);
  }

  @Test
  void assetsAreCreatedUpdatedSoftDeletedRestoredAndPurged() {
    Asset created = iconik.assets().create(AssetRequest.builder().title("Interview").externalId("x-1").build());
    iconik.assets().update(created.id(), AssetRequest.builder().title("Interview (final)").build());
    iconik.assets().delete(created.id());
    assertThat(iconik.assets().get(created.id()).status()).isEqualTo(AssetStatus.DELETED);
    iconik.assets().restore(created.id());
    Asset restored = iconik.assets().get(created.id());
    iconik.assets().purge(created.id());

    assertThat(restored.title()).isEqualTo("Interview (final)");
    assertThat(restored.externalId()).isEqualTo("x-1");
    assertThat(restored.status()).isEqualTo(AssetStatus.ACTIVE);
    assertThatThrownBy(() -> iconik.assets().get(created.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> iconik.assets().create(AssetRequest.builder().externalId("no title").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metadataOfEveryFieldTypeRoundTrips() {
    sim.seedDropDownField("genre", List.of("news", "sport"));
    String viewId = sim.seedMetadataView("Delivery", SampleMetadata.fieldTypes());
    String assetId = sim.seedAsset("Evening news");
    MetadataValues sent = SampleMetadata.everyFieldType();

    iconik.metadata().putAssetValues(assetId, viewId, sent);
    MetadataValues back = iconik.metadata().assetValues(assetId, viewId);

    assertThat(SampleMetadata.sameTypedValues(sent, back)).as("%s came back as %s", sent, back).isTrue();
    assertThat(back.number("episode")).contains(BigDecimal.valueOf(42));
    assertThat(back.dateTime("ingested_at")).contains(OffsetDateTime.parse("2024-05-01T18:30:00Z"));
    assertThat(iconik.metadata().view(viewId).field("genre").orElseThrow().fieldType())
        .isEqualTo(MetadataFieldType.DROP_DOWN);
  }

  @Test
  void metadataModesAppendAndDeleteAndBadValuesAreFieldErrors() {
    String viewId = sim.seedMetadataView("Tags", Map.of("keywords", MetadataFieldType.TAG_CLOUD,
        "episode", MetadataFieldType.INTEGER));
    String assetId = sim.seedAsset("Tagged");
    iconik.metadata().putAssetValues(assetId, viewId, MetadataValues.builder().putAll("keywords", List.of("a", "b")).build());

    iconik.metadata().putAssetValues(assetId, viewId, MetadataValues.builder().putAll("keywords", List.of("c"))
        .mode("keywords", MetadataValues.Mode.APPEND).build());
    MetadataValues afterDelete = iconik.metadata().putAssetValues(assetId, viewId, MetadataValues.builder()
        .putAll("keywords", List.of("a")).mode("keywords", MetadataValues.Mode.DELETE).build());

    assertThat(afterDelete.strings("keywords")).containsExactly("b", "c");
    assertThatThrownBy(() -> iconik.metadata().putAssetValues(assetId, viewId,
        MetadataValues.builder().put("episode", "forty-two").build()))
        .isInstanceOfSatisfying(ApiException.class, e ->
            assertThat(e.details().fieldErrors()).containsEntry("episode", "Not a valid integer."));
    assertThatThrownBy(() -> iconik.metadata().putAssetValues(assetId, viewId,
        MetadataValues.builder().put("not_in_view", "x").build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
  }

  @Test
  void ingestUploadsToTheUploadUrlAndServesTheDownloadUrl() throws Exception {
    String storageId = sim.seedStorage("Main", StoragePurpose.FILES);
    String assetId = iconik.assets().create(AssetRequest.titled("Upload")).id();
    var format = iconik.files().createFormat(assetId, FormatRequest.named("ORIGINAL").withStorageMethods("S3"));
    var fileSet = iconik.files().createFileSet(assetId, FileSetRequest.of("clip.mp4", format.id(), storageId, "in"));
    AssetFile file = iconik.files().createFile(assetId, FileRequest.builder("clip.mp4", fileSet.id()).size(5).build());
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    int uploaded = http.send(HttpRequest.newBuilder(URI.create(file.uploadUrl()))
        .PUT(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    AssetFile closed = iconik.files().closeFile(assetId, file.id());
    String url = iconik.files().downloadUrl(assetId, file.id());
    String downloaded = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();

    assertThat(uploaded).isEqualTo(200);
    assertThat(closed.status()).isEqualTo(FileStatus.CLOSED);
    assertThat(downloaded).isEqualTo("hello");
    assertThat(iconik.files().formatByName(assetId, "ORIGINAL").id()).isEqualTo(format.id());
    assertThat(iconik.files().files(assetId).stream().map(AssetFile::id)).containsExactly(file.id());
  }

  @Test
  void seededFilesAreDownloadable() throws Exception {
    String assetId = sim.seedAsset("Seeded");
    IconikSimulator.SeededFile seeded = sim.seedFile(assetId, "a.txt", "content".getBytes());

    String url = iconik.files().downloadUrl(assetId, seeded.fileId());
    String body = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();

    assertThat(body).isEqualTo("content");
    assertThat(iconik.files().file(assetId, seeded.fileId()).status()).isEqualTo(FileStatus.CLOSED);
  }

  @Test
  void jobsReportProgressAndFinish() {
    Job job = iconik.jobs().create(JobRequest.builder("Transfer", JobType.TRANSFER).status(JobStatus.STARTED).build());

    Job halfway = iconik.jobs().updateProgress(job.id(), 2, 8);
    iconik.jobs().update(job.id(), io.github.iconikopentext.iconik.model.JobPatch.status(JobStatus.FINISHED));

    assertThat(halfway.progress()).isEqualTo(25);
    assertThat(iconik.jobs().awaitTerminal(job.id(), Duration.ofSeconds(5)).status()).isEqualTo(JobStatus.FINISHED);
    assertThat(iconik.jobs().list(io.github.iconikopentext.iconik.model.JobFilter.builder()
        .status(JobStatus.FINISHED).build()).stream().map(Job::id)).containsExactly(job.id());
  }

  @Test
  void searchIteratesDeeplyWithSearchAfter() {
    for (int i = 0; i < 12; i++) {
      sim.seedAsset(String.format("Clip %02d", i));
    }
    sim.seedCollection("Not an asset");

    List<SearchHit> hits = iconik.search().search(SearchRequest.builder().query("clip")
        .docTypes(io.github.iconikopentext.iconik.model.SearchDocType.ASSETS)
        .sort(SearchSort.desc("title")).perPage(5).build()).stream().toList();

    assertThat(hits).hasSize(12).extracting(SearchHit::title).startsWith("Clip 11", "Clip 10").endsWith("Clip 00");
    assertThat(sim.requestCount("POST", "/API/search/v1/search/")).isEqualTo(3);
  }

  @Test
  void collectionsHoldAssetsAndApprovalsGoFromRequestedToApproved() {
    String collectionId = sim.seedCollection("Deliveries");
    String assetId = sim.seedAsset("Promo");

    iconik.collections().addAsset(collectionId, assetId);
    var approval = iconik.assets().requestApproval(assetId, ApprovalRequest.ofUsers(sim.userId()));
    iconik.assets().setApproval(assetId, ApprovalStatus.APPROVED);

    assertThat(iconik.collections().contents(collectionId).stream().map(CollectionContent::id)).containsExactly(assetId);
    assertThat(iconik.assets().get(assetId).inCollections()).containsExactly(collectionId);
    assertThat(approval.status()).isEqualTo(ApprovalStatus.REQUESTED);
    assertThat(iconik.assets().approval(assetId).status()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(iconik.assets().history(assetId).stream()).isNotEmpty();
    iconik.collections().removeAsset(collectionId, assetId);
    assertThat(iconik.collections().contents(collectionId).stream()).isEmpty();
  }

  @Test
  void aTokenIsNeverNeededForTheDownloadButTheSignatureIs() throws Exception {
    String assetId = sim.seedAsset("Signed");
    IconikSimulator.SeededFile seeded = sim.seedFile(assetId, "a.txt", new byte[] {1});
    String url = iconik.files().downloadUrl(assetId, seeded.fileId());

    int forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.replaceAll("signature=.*",
        "signature=forged"))).build(), HttpResponse.BodyHandlers.discarding()).statusCode();

    assertThat(forged).isEqualTo(403);
  }

  @Test
  void retriesAreVisibleAsRepeatedRequests() {
    String assetId = sim.seedAsset("Flaky");
    sim.injectFault("/API/assets/v1/assets/" + assetId + "/", IconikFault.serverError(503), 2);

    assertThat(iconik.assets().get(assetId).title()).isEqualTo("Flaky");
    assertThat(sim.requestCount("GET", "/API/assets/v1/assets/" + assetId + "/")).isEqualTo(3);
    assertThat(waits).hasSize(2);
  }

  @Test
  void theClientCanBeBuiltWithoutRetriesForFaultTests() {
    IconikClient once = IconikClient.builder(sim.environment(), sim.credentials())
        .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build()).build();
    sim.injectFault("/API/users/v1/users/current/", IconikFault.serverError(500), 1);

    assertThatThrownBy(() -> once.system().currentUser())
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
  }
}
