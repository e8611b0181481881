package io.github.iconikopentext.examples.demo;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditLogVerifier;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.examples.cli.CliContext;
import io.github.iconikopentext.examples.cli.ConditionTable;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSet;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.FileType;
import io.github.iconikopentext.iconik.model.Format;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobFilter;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.promotion.LivePromotionTarget;
import io.github.iconikopentext.integration.promotion.Plan;
import io.github.iconikopentext.integration.promotion.Promotion;
import io.github.iconikopentext.integration.promotion.PromotionResult;
import io.github.iconikopentext.integration.status.Condition;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.StatusSnapshot;
import io.github.iconikopentext.integration.status.TransferSummary;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.template.TemplateProblem;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.Rendition;
import io.github.iconikopentext.opentext.storage.StoredFile;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookDelivery;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's story, step by step: environment and credentials → template validated, planned, applied → asset
 * ingested → webhook "approval granted" received → metadata mapped into CMS → original transferred to CSS and to an
 * S3 bucket (S3Mock) → replayed webhook rejected → status → audit log verified. Each step checks what it shows and prints ids, never a secret.
 * Runs once; not thread-safe.
 */
final class DemoStory {
  private static final int STEPS = 9;
  /** The template's targets of the approved original. */
  private static final String CSS_TARGET = "opentext";
  private static final String S3_TARGET = "s3-archive";

  private final CliContext context;
  private final DemoWorld world;
  private final DemoFiles files;
  private final CredentialsProvider auditKey;
  private final String auditKeyNote;
  private final Clock clock;
  private final Steps steps;
  private final IntegrationStatus status;

  private IconikClient iconik;
  private OpenTextClient openText;
  private IntegrationTemplate template;
  private IntegrationRuntime runtime;
  private DemoDeliveries sender;
  private String assetId;
  private String contentSha256;
  private DemoDeliveries.Delivery approval;

  DemoStory(CliContext context, DemoWorld world, DemoFiles files, CredentialsProvider auditKey, String auditKeyNote) {
    this.context = context;
    this.world = world;
    this.files = files;
    this.auditKey = auditKey;
    this.auditKeyNote = auditKeyNote;
    this.clock = context.httpOptions().clock();
    this.steps = new Steps(context.out(), STEPS);
    this.status = new IntegrationStatus(clock, 100);
  }

  /** Runs every step; returns 0 only if each succeeded. */
  int run() throws IOException {
    try (DemoReceiver receiver = DemoReceiver.start()) {
      JsonLinesAuditSink sink = JsonLinesAuditSink.builder(files.auditLog(), auditKey).build();
      try {
        AuditContext audit = AuditContext.builder(sink).environment(DemoWorld.ENVIRONMENT).clock(clock).build();
        steps.run("Environment and credentials resolved", () -> resolve(audit));
        steps.run("Template validated, planned and applied to " + DemoWorld.ENVIRONMENT,
            () -> promote(receiver, audit));
        steps.run("Asset ingested in iconik", () -> ingest(audit));
        steps.run("Webhook \"approval granted\" received, verified, de-duplicated", this::approve);
        steps.run("Metadata mapped and written to OpenText CMS", this::checkMetadata);
        steps.run("Original file transferred to OpenText CSS and to S3, checksums verified", this::checkTransfer);
        steps.run("Replayed webhook rejected", this::replay);
        steps.run("Status summary", this::summary);
      } finally {
        sink.close();
      }
      steps.run("Audit log verified", this::verifyAudit);
    }
    context.out().println(steps.exitCode() == 0 ? "demo finished: every step succeeded"
        : "demo failed (exit " + steps.exitCode() + ")");
    return steps.exitCode();
  }

  private void resolve(AuditContext audit) {
    Environment env = world.environment();
    iconik = IconikClient.builder(env, world.iconikCredentials()).httpOptions(context.httpOptions()).build();
    openText = OpenTextClient.builder(env).clientCredentials(world.openTextCredentials())
        .httpOptions(context.httpOptions()).build();
    String domain = iconik.system().systemDomainId();
    status.recordHealthy(IntegrationStatus.ICONIK_REACHABLE, "signed in to system domain " + domain);
    Credential token = openText.tokens().resolveCredential();
    status.recordHealthy(IntegrationStatus.OPENTEXT_REACHABLE, "token issued to client " + token.id());
    audit.emit(audit.newEvent(AuditAction.TOKEN_ISSUED).system(OpenTextEnvironment.AUDIT_SYSTEM).credential(token.id(), null)
        .operation("client credentials grant").build());
    sender = new DemoDeliveries(domain, iconik.system().currentUser().id());
    steps.detail("environment " + env.name() + ": iconik " + IconikEnvironment.baseUrl(env) + ", OpenText "
        + OpenTextEnvironment.baseUrl(env) + " (tenant " + OpenTextEnvironment.tenantId(env) + ")");
    steps.detail("iconik App-ID " + world.iconikCredentials().resolveCredential().id() + " (system domain " + domain
        + "); OpenText client " + token.id() + ", access token valid until "
        + token.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    steps.detail("audit log " + files.auditLog() + ", checkpoints signed with key '"
        + auditKey.resolveCredential().id() + "' " + auditKeyNote);
    steps.detail("secrets resolved from references; none is ever printed");
  }

  private void promote(DemoReceiver receiver, AuditContext audit) throws IOException {
    Map<String, String> values = new HashMap<>(files.bundledValues().values());
    values.put("receiver_url", receiver.baseUrl());
    values.put("review_hook_url", receiver.baseUrl() + "/review");
    values.put("archive_dir", files.archiveDir().toString());
    values.putAll(world.valueOverrides());
    TemplateSource source = TemplateSource.read(files.template());
    template = source.resolve(new TemplateValues(DemoWorld.ENVIRONMENT, values));
    TemplateModel.AppSpec app = template.opentext().app();
    Promotion promotion = Promotion.builder(template, new LivePromotionTarget(DemoWorld.ENVIRONMENT, iconik, openText,
            app == null ? null : app.organizationId(), null))
        .secretResolvers(world.secretResolvers())
        .clock(clock)
        .onApply(result -> audit.emit(audit.newEvent(AuditAction.TEMPLATE_PROMOTED)
            .target(AuditTarget.of(AuditTarget.Kind.TEMPLATE, template.name()))
            .operation("apply " + result.outcome()).build()))
        .build();
    List<TemplateProblem> problems = promotion.validate();
    Steps.check(problems.isEmpty(), "template problems: " + problems);
    audit.emit(audit.newEvent(AuditAction.TEMPLATE_VALIDATED)
        .target(AuditTarget.of(AuditTarget.Kind.TEMPLATE, template.name())).build());
    steps.detail("template " + template.name() + " (sha256 " + source.contentHash().substring(0, 12) + "…) valid: "
        + template.secretReferences().size() + " secret references resolve");
    Plan plan = promotion.plan(false);
    plan.render().lines().forEach(line -> steps.detail("  " + line));
    Steps.check(!plan.hasUnsatisfied(), "the environment lacks what apply cannot create");
    PromotionResult result = promotion.apply(plan);
    Steps.check(result.outcome() != PromotionResult.Outcome.ERROR, "apply refused: " + result.message());
    steps.detail("apply: " + result.message());
    IntegrationRuntime.Builder wiring = IntegrationRuntime.builder(template, iconik)
        .openText(openText)
        .metadataView(world.metadataViewId())
        .status(status)
        .audit(AuditContext.builder(audit.sink()).environment(DemoWorld.ENVIRONMENT).clock(clock).build())
        .secretResolvers(world.secretResolvers())
        .expectedSystemDomainId(sender.systemDomainId())
        .clock(clock);
    if (world.bucketUnavailable()) {
      wiring.target(new FileSystemTarget(S3_TARGET, files.bucketStandIn()));
      steps.detail("S3Mock is not on this classpath (the CLI jar leaves its Spring Boot out): " + S3_TARGET
          + " writes to " + files.bucketStandIn() + " instead; the README's demo command runs it against S3Mock");
    }
    runtime = wiring.build();
    receiver.deliverTo(runtime::receive);
    sender.target(receiver.baseUrl() + DemoReceiver.WEBHOOK_PATH, template, world.secretResolvers());
    steps.detail("integration running: webhooks at " + receiver.baseUrl() + DemoReceiver.WEBHOOK_PATH);
  }

  private void ingest(AuditContext audit) throws IOException, InterruptedException {
    byte[] content = GovernanceSample.content();
    contentSha256 = Digests.sha256(content);
    Asset asset = iconik.assets().create(AssetRequest.titled(GovernanceSample.TITLE));
    assetId = asset.id();
    iconik.metadata().putAssetValues(assetId, world.metadataViewId(), GovernanceSample.values());
    Format format = iconik.files().createFormat(assetId, FormatRequest.named("ORIGINAL"));
    FileSet set = iconik.files().createFileSet(assetId,
        FileSetRequest.of(GovernanceSample.FILE_NAME, format.id(), world.storageId(), ""));
    AssetFile file = iconik.files().createFile(assetId, FileRequest.builder(GovernanceSample.FILE_NAME, set.id())
        .formatId(format.id()).storageId(world.storageId()).type(FileType.FILE).size(content.length)
        .checksum(Digests.md5(content)).build());
    Steps.check(file.uploadUrl() != null, "iconik gave no upload URL for file " + file.id());
    DemoDeliveries.upload(file.uploadUrl(), content);
    iconik.files().closeFile(assetId, file.id());
    audit.emit(audit.newEvent(AuditAction.ASSET_UPLOADED).system(IconikEnvironment.AUDIT_SYSTEM)
        .target(AuditTarget.asset(assetId)).transfer(content.length, "sha256:" + contentSha256).build());
    steps.detail("asset " + assetId + " \"" + GovernanceSample.TITLE + "\", ORIGINAL file " + file.id() + " ("
        + content.length + " bytes) uploaded and CLOSED");
    steps.detail("governance metadata: " + GovernanceSample.values().fields().size() + " fields in view "
        + world.metadataViewId());
    world.iconikSimulator().ifPresent(sim -> {
      sim.awaitWebhookDeliveries(Duration.ofSeconds(30));
      sim.webhookDeliveries().stream().filter(d -> d.payload().contains("\"realm\":\"files\"")).reduce((a, b) -> b)
          .ifPresent(d -> steps.detail("iconik delivered \"upload-complete\": " + d.status()
              + " (UploadCompleted → metadata sync; no CMS instance yet)"));
    });
  }

  private void approve() throws IOException, InterruptedException {
    iconik.assets().setApproval(assetId, ApprovalStatus.APPROVED);
    Optional<IconikSimulator> simulator = world.iconikSimulator();
    if (simulator.isPresent()) {
      // iconik calls the template's "approval-changes" webhook itself.
      simulator.get().awaitWebhookDeliveries(Duration.ofSeconds(30));
      IconikWebhookDelivery delivered = simulator.get().webhookDeliveries().stream()
          .filter(d -> d.payload().contains("\"realm\":\"approvals\"")).reduce((a, b) -> b)
          .orElseThrow(() -> new Steps.CheckFailed("iconik delivered no approval webhook"));
      Steps.check(delivered.succeeded(), "the approval delivery failed: " + delivered.error());
      approval = sender.delivery(delivered.payload());
      steps.detail("approval voted in iconik; iconik delivered \"approval-changes\" " + approval.requestId() + " → "
          + delivered.status() + " → ApprovalGranted → transfer with mapped metadata");
    } else {
      // A real iconik cannot reach this loopback receiver: deliver what it sends, as it sends it.
      approval = sender.approvalGranted(assetId);
      DemoDeliveries.Response first = sender.send(approval);
      Steps.check(first.status() == 200 && first.text().startsWith("ACCEPTED"), "delivery answered " + first);
      steps.detail("approval voted in iconik; delivery " + approval.requestId() + " → " + first.status() + " "
          + outcome(first) + " → ApprovalGranted → transfer with mapped metadata");
    }
    steps.detail(sender.headerName() + " verified, system domain checked, request id recorded for de-duplication");
  }

  private void checkMetadata() {
    CmsInstance instance = cmsInstance();
    Map<String, Object> governance = instance.trait("media_governance", "iconik").orElse(Map.of());
    int expected = runtime.mapAsset(assetId).traits().get("media_governance").get("iconik").size();
    Steps.check(governance.size() == expected, "CMS trait holds " + governance.size() + " of " + expected
        + " mapped attributes");
    Steps.check("SPRING-24".equals(governance.get("project_code")), "project_code is " + governance.get("project_code"));
    steps.detail("mapped with the " + template.mapping().profile() + " profile: " + expected
        + " attributes, no issues");
    steps.detail("CMS file instance " + instance.id() + " (type " + instance.type() + "), trait media_governance/"
        + "iconik: project_code " + governance.get("project_code") + ", territories " + governance.get("territories")
        + ", approval_status " + governance.get("approval_status"));
  }

  private void checkTransfer() {
    StatusSnapshot snapshot = status.snapshot();
    TransferSummary transfer = snapshot.recentTransfers().stream()
        .filter(t -> t.assetId().equals(assetId) && t.target().equals(CSS_TARGET)).findFirst()
        .orElseThrow(() -> new Steps.CheckFailed("no transfer to CSS recorded for asset " + assetId));
    Steps.check(transfer.state() == TransferSummary.State.COMPLETED, "transfer is " + transfer.state());
    Steps.check(contentSha256.equals(transfer.sha256()), "transferred sha256 " + transfer.sha256()
        + " differs from the ingested file's " + contentSha256);
    Rendition primary = cmsInstance().renditions() == null ? null : cmsInstance().renditions().get(0);
    Steps.check(primary != null && primary.blobId() != null, "the CMS instance has no primary rendition");
    StoredFile stored = openText.storage().info(primary.blobId());
    Steps.check(stored.size() != null && stored.size() == GovernanceSample.FILE_SIZE, "CSS holds " + stored.size()
        + " bytes");
    Job job = iconik.jobs().list(JobFilter.builder().type(JobType.TRANSFER).object("assets", assetId).build())
        .stream().findFirst().orElseThrow(() -> new Steps.CheckFailed("no iconik transfer job for " + assetId));
    Steps.check(job.progressTotal() != null && job.progressTotal().equals(job.progressProcessed())
        && job.progressTotal() == GovernanceSample.FILE_SIZE, "job progress " + job.progressProcessed() + "/"
        + job.progressTotal());
    steps.detail(transfer.transferId() + ": " + transfer.bytes() + " bytes to CSS file " + stored.id()
        + ", sha256 " + transfer.sha256().substring(0, 16) + "… = the ingested file's");
    steps.detail("iconik job " + job.id() + " " + job.status() + " at 100% (" + job.progressProcessed() + "/"
        + job.progressTotal() + " bytes)");
    checkArchive(snapshot);
  }

  /** The same approval archived the original to the S3 bucket, under a key from its mapped project code. */
  private void checkArchive(StatusSnapshot snapshot) {
    TransferSummary archived = snapshot.recentTransfers().stream()
        .filter(t -> t.assetId().equals(assetId) && t.target().equals(S3_TARGET)).findFirst()
        .orElseThrow(() -> new Steps.CheckFailed("no transfer to " + S3_TARGET + " recorded for asset " + assetId));
    Steps.check(archived.state() == TransferSummary.State.COMPLETED, S3_TARGET + " transfer is " + archived.state());
    Steps.check(contentSha256.equals(archived.sha256()), "archived sha256 " + archived.sha256()
        + " differs from the ingested file's " + contentSha256);
    Optional<DemoBucket> bucket = world.bucket();
    if (bucket.isEmpty()) {
      steps.detail(archived.transferId() + ": " + archived.bytes() + " bytes to " + S3_TARGET + ", sha256 "
          + archived.sha256().substring(0, 16) + "… = the ingested file's");
      return;
    }
    java.net.URI url = java.net.URI.create(template.targets().get(S3_TARGET).url());
    Object projectCode = runtime.mapAsset(assetId).traits().get("media_governance").get("iconik").get("project_code");
    String key = url.getPath().substring(1) + "/" + projectCode + "/" + assetId + "/" + GovernanceSample.FILE_NAME;
    DemoBucket.StoredObject stored = bucket.get().read(key);
    String md5 = Digests.md5(GovernanceSample.content());
    Steps.check(stored.size() == GovernanceSample.FILE_SIZE, "S3 holds " + stored.size() + " bytes");
    Steps.check(md5.equals(stored.tags().get("iconik-md5")), "the object's iconik-md5 tag is "
        + stored.tags().get("iconik-md5"));
    Steps.check(archived.transferId().equals(stored.metadata().get("iconik-transfer-id")),
        "the object carries transfer id " + stored.metadata().get("iconik-transfer-id"));
    steps.detail(archived.transferId() + ": " + archived.bytes() + " bytes to s3://" + url.getHost() + "/" + key
        + " (S3Mock at " + bucket.get().endpoint().getAuthority() + "), multipart, each part's SHA-256 checked by"
        + " the store");
    steps.detail("object tags iconik-md5 " + md5.substring(0, 16) + "… (iconik's checksum) and iconik-sha256; the"
        + " same transfer id again would find the object, not write a second");
  }

  private void replay() throws IOException, InterruptedException {
    DemoDeliveries.Response replayed = sender.send(approval);
    Steps.check(replayed.status() == 200 && replayed.text().startsWith("DUPLICATE"), "replay answered " + replayed);
    long transfers = status.snapshot().recentTransfers().stream().filter(t -> t.assetId().equals(assetId)).count();
    Steps.check(transfers == 2, transfers + " transfers after the replay");
    steps.detail("replay of delivery " + approval.requestId() + " → " + replayed.status() + " " + outcome(replayed)
        + ": already processed, nothing done again (still 2 transfers: CSS and S3)");
    DemoDeliveries.Response forged = sender.send(approval.withSecret("not-the-secret"));
    Steps.check(forged.status() == 401, "forged delivery answered " + forged);
    steps.detail("forged delivery with a wrong " + sender.headerName() + " → " + forged.status() + " "
        + outcome(forged) + " (the handler logs each rejection as a warning)");
  }

  private void summary() {
    StatusSnapshot snapshot = status.snapshot();
    ConditionTable.print(context.out(), Steps.INDENT, snapshot);
    for (TransferSummary t : snapshot.recentTransfers()) {
      steps.detail("transfer " + t.transferId() + " " + t.state() + " " + t.bytes() + " bytes → " + t.target());
    }
    Steps.check(snapshot.conditions().stream().allMatch(c -> c.status() == Condition.Status.TRUE),
        "a condition does not hold");
    Steps.check(snapshot.recentFailures().isEmpty(), "failures recorded: " + snapshot.recentFailures());
  }

  private void verifyAudit() {
    AuditLogVerification v = AuditLogVerifier.builder().key(auditKey).build().verify(files.auditLog());
    Steps.check(v.isIntact(), "audit log: " + v.problem().map(Object::toString).orElse(""));
    steps.detail(files.auditLog() + ": " + v.records() + " records (" + v.events() + " events, "
        + v.checkpoints() + " signed checkpoints), hash chain and signatures OK");
  }

  /** The handler's outcome, without its detail. */
  private static String outcome(DemoDeliveries.Response response) {
    int colon = response.text().indexOf(':');
    return colon < 0 ? response.text() : response.text().substring(0, colon);
  }

  private CmsInstance cmsInstance() {
    for (CmsInstance instance : openText.cms().list(Category.FILE, template.opentext().cmsType(),
        InstanceQuery.filter("properties." + IntegrationRuntime.ASSET_ID_PROPERTY + " eq '" + assetId + "'"))) {
      return instance;
    }
    throw new Steps.CheckFailed("no CMS instance carries asset " + assetId);
  }
}
