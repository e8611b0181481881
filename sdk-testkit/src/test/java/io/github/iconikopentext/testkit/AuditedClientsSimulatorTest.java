package io.github.iconikopentext.testkit;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditLogVerifier;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstancePatch;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.opentext.cms.Rendition;
import io.github.iconikopentext.opentext.storage.UploadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both clients audited into one tamper-evident log while they work against the simulators: one event per audited
 * call, each with its system's credential id and environment, failures with their codes, and no secret anywhere.
 */
class AuditedClientsSimulatorTest {
  private static final Secret AUDIT_KEY = Secret.of("audit-hmac-key-for-the-simulator-test-0123456789");
  private static final Credential KEY = Credential.of("audit-key-1", AUDIT_KEY);

  private final IconikSimulator iconikSim = IconikSimulator.start();
  private final OpenTextSimulator openTextSim = OpenTextSimulator.builder().cmsRequestsPerSecond(0).start();
  private final InMemoryAuditSink memory = new InMemoryAuditSink();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    iconikSim.close();
    openTextSim.close();
  }

  @Test
  void aMoveFromIconikToOpenTextLeavesAVerifiableTrailOfOneEventPerAuditedCall() throws Exception {
    Path log = dir.resolve("audit.jsonl");
    JsonLinesAuditSink file = JsonLinesAuditSink.builder(log, StaticCredentialsProvider.of(KEY)).build();
    AuditSink sink = AuditSink.composite(memory, file);
    HttpOptions options = HttpOptions.builder().sleeper(d -> { }).build();
    IconikClient iconik = IconikClient.builder(iconikSim.environment(), iconikSim.credentials())
        .httpOptions(options).audit(sink).build();
    OpenTextClient openText = OpenTextClient.builder(openTextSim.environment("prod"))
        .clientCredentials(openTextSim.clientCredentials()).httpOptions(options).cmsRateLimit(null)
        .audit(sink).build();

    String assetId = iconikSim.seedAsset("Evening news");
    String viewId = iconikSim.seedMetadataView("Delivery", Map.of("episode", MetadataFieldType.INTEGER));
    IconikSimulator.SeededFile seeded = iconikSim.seedFile(assetId, "news.mp4", bytes("media"));
    iconikSim.injectFault("/API/assets/v1/assets/" + assetId + "/", IconikFault.serverError(503), 1);

    iconik.assets().get(assetId); // retried once: still one event
    iconik.metadata().putAssetValues(assetId, viewId, MetadataValues.builder().put("episode", 7).build());
    MetadataValues values = iconik.metadata().assetValues(assetId, viewId);
    iconik.files().downloadUrl(assetId, seeded.fileId());
    UploadResult uploaded = openText.storage().upload(new ByteArrayInputStream(bytes("media")), "news.mp4",
        "video/mp4");
    CmsInstance instance = openText.cms().create(Category.FILE, "ot_asset", InstanceRequest.builder("news.mp4")
        .rendition(Rendition.primary("news.mp4", uploaded.file().id(), "video/mp4", uploaded.bytesSent())).build());
    openText.cms().patch(instance.ref(), InstancePatch.builder().property("episode", 7).build());
    openText.storage().downloadTo(uploaded.file().id(), dir.resolve("back.mp4"));
    iconik.assets().update(assetId, AssetRequest.titled("Evening news (sent)"));
    assertThatThrownBy(() -> iconik.assets().get("a0000000-0000-4000-8000-000000000000"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> openText.cms().get(InstanceRef.file("ot_asset", "missing")))
        .isInstanceOf(NotFoundException.class);
    String accessToken = openText.tokens().resolveCredential().secret().reveal();
    file.close();

    assertThat(values.number("episode")).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(7));
    assertThat(iconikSim.requestCount("GET", "/API/assets/v1/assets/" + assetId + "/")).isEqualTo(2);
    List<AuditEvent> events = memory.events();
    assertThat(events).extracting(e -> e.system().jsonName() + " " + e.action() + " " + e.outcome().status())
        .containsExactly(
            "iconik ASSET_READ SUCCESS",
            "iconik METADATA_UPDATED SUCCESS",
            "iconik METADATA_READ SUCCESS",
            "iconik ASSET_DOWNLOADED SUCCESS",
            "opentext TOKEN_ISSUED SUCCESS",
            "opentext ASSET_UPLOADED SUCCESS",
            "opentext ASSET_CREATED SUCCESS",
            "opentext ASSET_UPDATED SUCCESS",
            "opentext ASSET_DOWNLOADED SUCCESS",
            "iconik ASSET_UPDATED SUCCESS",
            "iconik ASSET_READ FAILURE",
            "opentext ASSET_READ FAILURE");
    assertThat(events).filteredOn(e -> e.system() == IconikEnvironment.AUDIT_SYSTEM).allSatisfy(e -> {
      assertThat(e.credentialId()).isEqualTo(iconikSim.appId());
      assertThat(e.environment()).isEqualTo("iconik-simulator");
    });
    assertThat(events).filteredOn(e -> e.system() == OpenTextEnvironment.AUDIT_SYSTEM).allSatisfy(e -> {
      assertThat(e.credentialId()).isEqualTo(openTextSim.clientId());
      assertThat(e.environment()).isEqualTo("prod");
    });
    assertThat(events.get(0).subject()).isEqualTo(assetId);
    assertThat(events.get(8).subject()).isEqualTo(uploaded.file().id());
    assertThat(events.get(10).outcome()).isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "not_found", 404));
    assertThat(events.get(11).outcome()).isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "not_found", 404));
    assertThat(events.get(11).action()).isEqualTo(AuditAction.ASSET_READ);

    assertThat(AuditLogVerifier.builder().key(KEY).build().verify(log).isIntact()).isTrue();
    String logText = Files.readString(log);
    List<String> texts = events.stream().flatMap(e -> List.of(e.toJson(), e.toOcsfJson(), e.toString()).stream())
        .toList();
    for (String secret : List.of(iconikSim.authToken(), openTextSim.clientSecret(), accessToken,
        AUDIT_KEY.reveal())) {
      assertThat(Secret.of(secret).isContainedIn(logText)).as("the log contains a secret").isFalse();
      assertThat(texts).noneMatch(text -> Secret.of(secret).isContainedIn(text));
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
