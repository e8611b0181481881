package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferCommandTest {
  private static final byte[] CONTENT = new byte[3 << 19];

  @TempDir
  Path dir;
  private Simulators sims;
  private String assetId;
  private String fileId;

  @BeforeEach
  void seed() {
    Arrays.fill(CONTENT, (byte) 7);
    sims = Simulators.start();
    assetId = sims.iconik.seedAsset("Hero cut");
    fileId = sims.iconik.seedFile(assetId, "hero.mp4", CONTENT).fileId();
  }

  @AfterEach
  void stop() {
    sims.close();
  }

  @Test
  void toAFolder_writesTheVerifiedFile_andReportsTheJob() throws IOException {
    Path archive = Files.createDirectories(dir.resolve("archive"));

    CliRunner.Result r = sims.runner(dir).run("transfer", assetId, "--to-dir", archive.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("transferred: tr-", "asset " + assetId, "-> archive", CONTENT.length + " bytes",
        "iconik job ");
    try (Stream<Path> files = Files.walk(archive)) {
      assertThat(files.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(archive.resolve(FileTransferStore.FILE_NAME).getParent())).toList()).singleElement()
          .satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(CONTENT));
    }
  }

  @Test
  void withAnAuditLog_theTransferIsAuditedAsTheRuntimeAuditsIt_andTheLogVerifies() throws IOException {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Path log = dir.resolve("audit.jsonl");
    CliRunner cli = sims.runner(dir);
    cli.env.put("AUDIT_HMAC_KEY", "a-checkpoint-key-of-at-least-32-bytes-0123456789");

    CliRunner.Result r = cli.run("transfer", assetId, "--to-dir", archive.toString(), "--audit-log", log.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<AuditEvent> events = Files.readAllLines(log).stream().map(TransferCommandTest::eventOrNull)
        .filter(Objects::nonNull).toList();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo(AuditAction.ASSET_TRANSFERRED);
      assertThat(e.outcome().status()).isEqualTo(AuditOutcome.Status.SUCCESS);
      assertThat(e.target()).isEqualTo(AuditTarget.asset(assetId));
      assertThat(e.destination().kind()).isEqualTo(AuditTarget.Kind.STORAGE);
      assertThat(Path.of(e.destination().id())).startsWith(archive);
      assertThat(e.bytes()).isEqualTo(CONTENT.length);
      assertThat(e.checksum()).startsWith("sha256:");
      assertThat(e.correlationId()).startsWith("tr-");
      assertThat(e.details()).containsEntry("target_kind", "filesystem").containsKey("md5");
      assertThat(e.credentialId()).isEqualTo(sims.iconik.appId());
    });
    CliRunner.Result verified = cli.run("audit", "verify", log.toString());
    assertThat(verified.exitCode()).as(verified.toString()).isZero();
  }

  @Test
  void anAuditKeyThatDoesNotResolve_isAUsageError_beforeAnythingMoves() throws IOException {
    Path archive = Files.createDirectories(dir.resolve("archive"));

    CliRunner.Result r = sims.runner(dir).run("transfer", assetId, "--to-dir", archive.toString(),
        "--audit-log", dir.resolve("audit.jsonl").toString(), "--audit-key-ref", "env:NO_SUCH_KEY");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--audit-key-ref env:NO_SUCH_KEY");
    assertThat(sims.iconik.bytesServed(fileId)).isZero();
    assertThat(dir.resolve("audit.jsonl")).doesNotExist();
  }

  private static AuditEvent eventOrNull(String line) {
    try {
      return AuditEvent.fromJson(line);
    } catch (RuntimeException notAnEvent) { // a checkpoint
      return null;
    }
  }

  @Test
  void toOpenText_storesInCssAndCreatesACmsInstance_showingProgressOnATerminal() {
    CliRunner cli = sims.runner(dir);
    cli.terminal = true;

    CliRunner.Result r = cli.run("transfer", assetId, "--cms-type", "media_asset");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("-> opentext");
    String instanceId = r.out().lines().findFirst().orElseThrow().replaceAll(".* -> opentext ", "");
    assertThat(sims.openText.cmsInstance(instanceId)).isPresent();
    assertThat(r.err()).containsPattern("hero\\.mp4: 1[0-9]{3} KiB of 1536 KiB \\((6|7)[0-9]%\\)")
        .contains("1536 KiB of 1536 KiB (100%)");
  }

  @Test
  void anAssetWithoutAnOriginal_failsWithExitOne() {
    String empty = sims.iconik.seedAsset("No media");

    CliRunner.Result r = sims.runner(dir).run("transfer", empty, "--to-dir", dir.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("has no ORIGINAL format");
  }

  @Test
  void whenCssFails_itIsARemoteError() {
    sims.openText.injectFault("/css/.*", io.github.iconikopentext.testkit.OpenTextFault.status(500), 10);

    CliRunner.Result r = sims.runner(dir).run("transfer", assetId, "--cms-type", "media_asset");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REMOTE);
  }

  @Test
  void aRerunToTheSameFolder_isNotRepeated_theStoreBesideTheFilesRemembersIt() throws IOException {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    CliRunner.Result first = sims.runner(dir).run("transfer", assetId, "--to-dir", archive.toString());
    assertThat(first.exitCode()).as(first.toString()).isZero();
    Path store = archive.resolve(FileTransferStore.FILE_NAME);
    assertThat(store).exists();
    assertThat(first.err()).contains("recorded in " + store);
    int downloads = sims.iconik.requestCount("GET", "/API/files/v1/assets/.*/download_url/");

    CliRunner.Result again = sims.runner(dir).run("transfer", assetId, "--to-dir", archive.toString());

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).startsWith("already transferred: tr-");
    assertThat(sims.iconik.requestCount("GET", "/API/files/v1/assets/.*/download_url/")).as("no second download").isEqualTo(downloads);
  }

  @Test
  void aRerunToOpenText_isNotRepeated_theStoreIsInTheConfigurationDirectory() {
    CliRunner.Result first = sims.runner(dir).run("transfer", assetId, "--cms-type", "media_asset");
    assertThat(first.exitCode()).as(first.toString()).isZero();

    CliRunner.Result again = sims.runner(dir).run("transfer", assetId, "--cms-type", "media_asset");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).startsWith("already transferred: tr-");
    assertThat(again.err()).contains("recorded in " + dir.resolve("transfers"));
  }

  @Test
  void theHelp_saysWhereCompletedTransfersAreRecorded() {
    CliRunner.Result r = sims.runner(dir).run("transfer", "--help");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).contains("a re-run prints 'already transferred' instead of repeating",
        FileTransferStore.FILE_NAME).doesNotContain("is not repeated.");
  }

  @Test
  void aDestinationIsRequired() {
    CliRunner.Result r = sims.runner(dir).run("transfer", assetId);

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--cms-type", "--to-dir");
  }

}
