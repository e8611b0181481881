package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.AssetVersion;
import io.github.iconikopentext.iconik.model.Collection;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.FacetBucket;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSet;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.Format;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.JobPatch;
import io.github.iconikopentext.iconik.model.ListOptions;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.MetadataView;
import io.github.iconikopentext.iconik.model.ObjectMetadata;
import io.github.iconikopentext.iconik.model.SearchDocType;
import io.github.iconikopentext.iconik.model.SearchFilter;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchPage;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.model.SearchSort;
import io.github.iconikopentext.iconik.model.SearchTerm;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** docs/iconik.md. */
final class IconikSnippets {
  private IconikSnippets() {}

  static void client(String appId, String applicationToken, String collectionId, String viewId, String storageId,
      long size, String otherJobId, String secret) {
    Environment env = Environment.builder("prod").endpoint(IconikEnvironment.ENDPOINT, "https://app.iconik.io").build();
    CredentialsProvider credentials = StaticCredentialsProvider.of(appId, applicationToken);
    IconikClient iconik = IconikClient.builder(env, credentials).build();   // share it: thread-safe

    // assets and collections
    Asset asset = iconik.assets().create(AssetRequest.builder().title("Interview").externalId("ot-123").build());
    iconik.collections().addAsset(collectionId, asset.id());
    for (Asset a : iconik.assets().list(ListOptions.perPage(100))) { process(a); }   // follows next_url

    // metadata
    MetadataView view = iconik.metadata().view(viewId);
    iconik.metadata().putAssetValues(asset.id(), viewId, MetadataValues.builder()
        .put("episode", 42)
        .putAll("keywords", List.of("news", "politics"))
        .mode("keywords", MetadataValues.Mode.APPEND)
        .build());
    Optional<LocalDate> airDate = iconik.metadata().assetValues(asset.id(), viewId).date("air_date");

    // ingest: format → file set → file → upload → close
    Format format = iconik.files().createFormat(asset.id(), FormatRequest.named("ORIGINAL").withStorageMethods("S3"));
    FileSet set = iconik.files().createFileSet(asset.id(), FileSetRequest.of("clip.mp4", format.id(), storageId, "incoming"));
    AssetFile file = iconik.files().createFile(asset.id(), FileRequest.builder("clip.mp4", set.id()).size(size).build());
    // PUT the bytes to file.uploadUrl(), then:
    iconik.files().closeFile(asset.id(), file.id());

    // jobs
    Job job = iconik.jobs().create(JobRequest.builder("Transfer to OpenText", JobType.TRANSFER)
        .object("assets", asset.id()).build());
    iconik.jobs().updateProgress(job.id(), 3, 10);
    iconik.jobs().update(job.id(), JobPatch.status(JobStatus.FINISHED));
    Job done = iconik.jobs().awaitTerminal(otherJobId, Duration.ofMinutes(5));

    // search, paged deeply with search_after
    iconik.search().search(SearchRequest.builder()
            .docTypes(SearchDocType.ASSETS)
            .filter(SearchFilter.and(SearchTerm.equalTo("status", "ACTIVE")))
            .sort(SearchSort.desc("date_created")).sort(SearchSort.asc("id"))
            .perPage(100).build())
        .forEach(hit -> index(hit));

    // webhooks with a shared secret header
    iconik.webhooks().create(WebhookRequest.builder("https://bridge.example.com/iconik", "assets")
        .realm("files").operation("update").query("data.status=\"CLOSED\"")
        .header("X-Iconik-Secret", secret).build());

    // anything not typed yet
    Map<String, Object> acl = iconik.raw().json("GET", "API/acls/v1/acl/assets/" + asset.id() + "/", null);
    System.out.println(view + " " + airDate + " " + done + " " + acl);
  }

  static void realShapes(IconikClient iconik, String collectionId, String assetId, String viewId) {
    // a collection's contents: assets and sub-collections, told apart by type
    for (CollectionContent item : iconik.collections().contents(collectionId)) {
      if (item instanceof Asset asset) {
        process(asset);
      } else if (item instanceof Collection sub) {
        System.out.println("sub-collection " + sub.title());
      }
    }

    // one search page with the totals and facet counts; hits carry files, formats, proxies, keyframes, versions
    SearchRequest request = SearchRequest.builder().query("RC Lens").facets("media_type", "archive_status")
        .sort(SearchSort.asc("title")).sort(SearchSort.asc("id")).generateSignedUrls(true).build();
    SearchPage page = iconik.search().page(request);
    for (FacetBucket bucket : page.facets().get("media_type").buckets()) {
      System.out.println(bucket.label() + ": " + bucket.docCount());
    }
    for (SearchHit hit : page.hits()) {
      hit.playableProxy().ifPresent(proxy -> System.out.println(hit.title() + " plays at " + proxy.url()));
      hit.formats().forEach(format -> System.out.println(format.name() + " " + format.metadata()));
    }
    SearchPage next = iconik.search().page(request, page.lastSort());

    // versions, format-level metadata, and the record of metadata values
    Asset asset = iconik.assets().get(assetId);
    AssetVersion current = asset.versions().get(asset.versions().size() - 1);
    Format original = iconik.files().formatByName(assetId, "ORIGINAL");
    ObjectMetadata metadata = iconik.metadata().objectMetadata("assets", assetId, viewId);
    Optional<Instant> titleWritten = metadata.values().dateCreated("title");
    System.out.println(next.total() + " " + current.status() + " " + original.metadata() + " "
        + metadata.dateModified() + " " + titleWritten);
  }

  static void simulator(byte[] bytes, URI receiverUrl, Map<String, Object> fileJson, String secret) {
    try (IconikSimulator sim = IconikSimulator.start()) {           // loopback, random port
      IconikClient iconik = IconikClient.builder(sim.environment(), sim.credentials()).build();
      String assetId = sim.seedAsset("Interview");
      String viewId = sim.seedMetadataView("Delivery", Map.of("episode", MetadataFieldType.INTEGER));
      sim.seedFile(assetId, "clip.mp4", bytes);                      // ORIGINAL format, CLOSED file, download URL

      sim.injectFault("/API/assets/v1/assets/.*", IconikFault.tooManyRequests(Duration.ofSeconds(1)), 2);
      sim.injectFault("/API/jobs/v1/jobs/", IconikFault.serverError(503), 1);
      // also connectionReset(), slow(Duration), malformedJson(); clearFaults()

      // webhooks registered through the API receive changes in iconik's payload shape:
      // {system_domain_id, event_type, object_id, user_id, realm, operation, data, request_id}
      sim.awaitWebhookDeliveries(Duration.ofSeconds(5));
      sim.deliverWebhook(receiverUrl, new IconikWebhookEvent("assets", "files", "update", assetId, fileJson),
          Map.of("X-Iconik-Secret", secret));
    }
  }

  private static void process(Asset asset) {
    System.out.println(asset.id());
  }

  private static void index(SearchHit hit) {
    System.out.println(hit);
  }
}
