package io.github.iconikopentext.integration.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.integration.Systems;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import io.github.iconikopentext.testkit.IconikFault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@link AssetTransfer} — outside the integration runtime — given an audit context records the same events
 * as the runtime; a {@link FileSystemTarget} keeps the mapped metadata beside the file, as OpenText keeps it in CMS.
 */
public class TransferAuditTest {
  private final Systems env = Systems.start("dev");
  private final InMemoryAuditSink audit = new InMemoryAuditSink();

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    env.close();
  }

  private AssetTransfer audited() {
    return AssetTransfer.builder(env.iconik()).audit(AuditContext.builder(audit).environment("dev").build()).build();
  }

  @Test
  void aPlainTransfer_withAnAuditContext_recordsWhoMovedWhichAssetWhere() throws Exception {
    byte[] content = "frames".repeat(5000).getBytes(StandardCharsets.UTF_8);
    String assetId = env.iconikSim().seedAsset("Trailer");
    env.iconikSim().seedFile(assetId, "trailer.mov", content);

    TransferResult result = audited().transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(audit.events()).singleElement().satisfies(e -> assertTransferred(e, assetId, content, result));
  }

  @Test
  void aFailedPlainTransfer_recordsTheFailedTransfer_andTheFailedJob() {
    String assetId = env.iconikSim().seedAsset("Cut short");
    env.iconikSim().seedFile(assetId, "short.mov", new byte[64 * 1024]);
    env.iconikSim().injectFault("/sim/files/.*", IconikFault.serverError(503), 100);
    AssetTransfer transfer = AssetTransfer.builder(env.iconik()).maxAttempts(1)
        .audit(AuditContext.builder(audit).environment("dev").build()).build();

    assertThatThrownBy(() -> transfer.transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive)));

    assertThat(audit.events()).extracting(AuditEvent::action)
        .containsExactly(AuditAction.ASSET_TRANSFERRED, AuditAction.JOB_FAILED);
    assertThat(audit.events().get(0).outcome().status()).isEqualTo(AuditOutcome.Status.FAILURE);
    assertThat(audit.events().get(0).target()).isEqualTo(AuditTarget.asset(assetId));
  }

  @Test
  void withoutAnAuditContext_nothingIsRecorded_andTheListenerStillHearsEveryStep() throws Exception {
    String assetId = env.iconikSim().seedAsset("Quiet");
    env.iconikSim().seedFile(assetId, "q.mov", new byte[1024]);
    List<TransferEvent.Kind> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

    AssetTransfer.builder(env.iconik()).listener(e -> heard.add(e.kind())).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(heard).containsExactly(TransferEvent.Kind.STARTED, TransferEvent.Kind.COMPLETED);
    assertThat(audit.events()).isEmpty();
  }

  @Test
  void theFileSystemTarget_writesTheMappedMetadata_inAJsonSidecarBesideTheFile() throws Exception {
    byte[] content = new byte[10_000];
    String assetId = env.iconikSim().seedAsset("Spot");
    env.iconikSim().seedFile(assetId, "spot.mov", content);
    OpenTextMetadata metadata = OpenTextMetadata.of(Map.of("iconik_asset_id", assetId),
        Map.of("media_governance", Map.of("iconik", Map.of("project_code", "PRJ-7", "rights_cleared", true))));

    TransferResult result = AssetTransfer.builder(env.iconik()).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive), metadata);

    Path file = Path.of(result.record().location());
    Path sidecar = FileSystemTarget.sidecarOf(file);
    assertThat(sidecar).hasFileName("spot.mov" + FileSystemTarget.SIDECAR_SUFFIX).hasParent(file.getParent());
    Map<String, Object> json = Json.moshi().<Map<String, Object>>adapter(
        Types.newParameterizedType(Map.class, String.class, Object.class)).fromJson(Files.readString(sidecar));
    assertThat(json).containsEntry("transfer_id", result.record().transferId()).containsEntry("asset_id", assetId)
        .containsEntry("file_name", "spot.mov").containsEntry("sha256", sha256(content))
        .containsEntry("properties", Map.of("iconik_asset_id", assetId))
        .containsEntry("traits", Map.of("media_governance", Map.of("iconik",
            Map.of("project_code", "PRJ-7", "rights_cleared", true))));
    assertThat(((Number) json.get("bytes")).longValue()).isEqualTo(content.length);
    try (var leftovers = Files.list(file.getParent())) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("spot.mov",
          "spot.mov" + FileSystemTarget.SIDECAR_SUFFIX);
    }
  }

  @Test
  void withoutMetadata_thereIsNoSidecar() throws Exception {
    String assetId = env.iconikSim().seedAsset("Bare");
    env.iconikSim().seedFile(assetId, "bare.mov", new byte[100]);

    TransferResult result = AssetTransfer.builder(env.iconik()).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(Path.of(result.record().location())).exists();
    assertThat(FileSystemTarget.sidecarOf(Path.of(result.record().location()))).doesNotExist();
  }

  /** The event every entry point records for a completed transfer to a filesystem target. */
  public static void assertTransferred(AuditEvent e, String assetId, byte[] content, TransferResult result)
      throws Exception {
    assertThat(e.action()).isEqualTo(AuditAction.ASSET_TRANSFERRED);
    assertThat(e.outcome().status()).isEqualTo(AuditOutcome.Status.SUCCESS);
    assertThat(e.target()).isEqualTo(AuditTarget.asset(assetId));
    assertThat(e.destination()).isEqualTo(AuditTarget.of(AuditTarget.Kind.STORAGE, result.record().location()));
    assertThat(e.bytes()).isEqualTo(content.length);
    assertThat(e.checksum()).isEqualTo("sha256:" + sha256(content));
    assertThat(e.correlationId()).isEqualTo(result.record().transferId());
    assertThat(e.details()).containsEntry("target_kind", "filesystem").containsKey("md5");
    assertThat(e.environment()).isEqualTo("dev");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
