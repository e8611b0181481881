package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import io.github.iconikopentext.integration.promotion.Plan;
import io.github.iconikopentext.integration.promotion.Promotion;
import io.github.iconikopentext.integration.promotion.PromotionResult;
import io.github.iconikopentext.integration.promotion.PromotionTarget;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateProblem;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.OpenTextTarget;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** docs/integration.md. */
final class IntegrationSnippets {
  private IntegrationSnippets() {}

  static PromotionResult promote(Path templateFile, Path prodValues, PromotionTarget target) {
    IntegrationTemplate prod = TemplateSource.read(templateFile).resolve(TemplateValues.read("prod", prodValues));
    Promotion promotion = Promotion.builder(prod, target).build();
    List<TemplateProblem> problems = promotion.validate();   // secret references resolvable, right environment
    Plan plan = promotion.plan(false);                         // diff against the live environment; no deletions
    System.out.println(plan.render());
    PromotionResult result = promotion.apply(plan);            // NO_CHANGE (0), APPLIED (2) or ERROR (1)
    System.out.println(problems);
    return result;
  }

  static TransferResult transfer(IconikClient iconik, OpenTextClient openText, IntegrationStatus status,
      AuditSink sink, String assetId, String folderId, OpenTextMetadata mappedMetadata) {
    AssetTransfer transfer = AssetTransfer.builder(iconik)
        .store(new InMemoryTransferStore())      // or JdbcTransferStore for a fleet of workers
        .status(status)                          // shared status
        .audit(AuditContext.builder(sink).environment("prod").build())   // asset.transferred, job.failed
        .build();
    TransferResult outcome = transfer.transfer(assetId, "ORIGINAL",
        OpenTextTarget.builder(openText, "media_asset").folderId(folderId).build(), mappedMetadata);
    return outcome;
  }

  static TransferResult archive(AssetTransfer transfer, String assetId, OpenTextMetadata mappedMetadata) {
    // <root>/<asset id>/<file name>, and beside it <file name>.metadata.json with the mapped metadata
    FileSystemTarget archive = new FileSystemTarget("archive", Path.of("/var/archive/media"));
    TransferResult archived = transfer.transfer(assetId, "ORIGINAL", archive, mappedMetadata);
    Path sidecar = FileSystemTarget.sidecarOf(Path.of(archived.record().location()));
    System.out.println("archived at " + archived.record().location() + ", metadata in " + sidecar);
    return archived;
  }

  static AssetTransfer tunedTransfer(IconikClient iconik) {
    AssetTransfer tuned = AssetTransfer.builder(iconik)
        .downloadConnections(8)                  // up to 8 ranged connections for files of 64 MiB or more
        .stallTimeout(Duration.ofMinutes(2))     // fail (and retry) an attempt when no byte moves for this long
        .build();
    return tuned;
  }

  static void runtime(IntegrationTemplate template, IconikClient iconik, OpenTextClient openText,
      String governanceViewId, AuditSink sink, String systemDomainId, Map<String, List<String>> requestHeaders,
      byte[] body) {
    IntegrationRuntime runtime = IntegrationRuntime.builder(template, iconik)
        .openText(openText)
        .metadataView(governanceViewId)                 // the iconik view mapped to OpenText
        .audit(AuditContext.builder(sink).environment("prod").build())
        .expectedSystemDomainId(systemDomainId)
        .build();
    // in your HTTP endpoint, with the raw body bytes:
    WebhookResult result = runtime.receive(WebhookHeaders.ofMultiValued(requestHeaders), body);
    respond(result.httpStatus());
  }

  private static void respond(int status) {
    System.out.println(status);
  }
}
