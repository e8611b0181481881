package io.github.iconikopentext.integration.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.integration.Systems;
import io.github.iconikopentext.integration.status.ClassifiedFailure;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.TransferSummary;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextFault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetTransferTest {
  private final Systems env = Systems.start("dev");
  private final IntegrationStatus status = IntegrationStatus.create();

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    env.close();
  }

  private static byte[] content(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private AssetTransfer transfer() {
    return AssetTransfer.builder(env.iconik()).status(status).build();
  }

  private OpenTextTarget openTextTarget(OpenTextClient client) {
    return OpenTextTarget.builder(client, "media_asset").build();
  }

  private long instancesFor(String transferId) {
    return env.openText().cms().list(Category.FILE, "media_asset",
        InstanceQuery.filter("properties.iconik_transfer_id eq '" + transferId + "'")).stream().count();
  }

  @Test
  void fiftyMebibyteAsset_reachesOpenTextVerified_jobFinishedAt100_andARepeatIsANoOp() throws Exception {
    byte[] bytes = content(50 * 1024 * 1024, 1);
    String assetId = env.iconikSim().seedAsset("Trailer");
    env.iconikSim().seedFile(assetId, "trailer.mov", bytes);
    AssetTransfer transfer = transfer();
    OpenTextTarget target = openTextTarget(env.openText());

    TransferResult outcome = transfer.transfer(assetId, "ORIGINAL", target);

    assertThat(outcome.state()).isEqualTo(TransferResult.State.COMPLETED);
    assertThat(outcome.record().bytes()).isEqualTo(bytes.length);
    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    var instance = env.openText().cms().get(
        io.github.iconikopentext.opentext.cms.InstanceRef.file("media_asset", outcome.record().location()));
    String blobId = instance.renditions().get(0).blobId();
    assertThat(env.openTextSim().storedFile(blobId)).hasValueSatisfying(stored -> {
      assertThat(stored.size()).isEqualTo(bytes.length);
      assertThat(stored.sha256()).isEqualTo(outcome.record().sha256());
    });
    Map<String, Object> job = env.iconikSim().object("jobs", outcome.jobId()).orElseThrow();
    assertThat(job).containsEntry("status", "FINISHED").containsEntry("type", "TRANSFER");
    assertThat(((Number) job.get("progress_processed")).longValue()).isEqualTo(bytes.length);
    assertThat(((Number) job.get("progress_total")).longValue()).isEqualTo(bytes.length);

    TransferResult repeat = transfer.transfer(assetId, "ORIGINAL", target);
    assertThat(repeat.state()).isEqualTo(TransferResult.State.SKIPPED);
    assertThat(repeat.jobId()).isNull();
    assertThat(instancesFor(outcome.record().transferId())).isEqualTo(1);
    assertThat(status.snapshot().recentTransfers()).first()
        .extracting(TransferSummary::state).isEqualTo(TransferSummary.State.SKIPPED);
  }

  @Test
  void transferInterruptedByInjectedFaults_restartsAndEndsWithExactlyOneCmsInstance() throws Exception {
    byte[] bytes = content(3 * 1024 * 1024, 2);
    String assetId = env.iconikSim().seedAsset("Interview");
    env.iconikSim().seedFile(assetId, "interview.mxf", bytes);
    env.iconikSim().injectFault("/sim/files/.*", IconikFault.connectionReset(), 1); // the download breaks once
    env.openTextSim().injectFault("/css/v3/files/fromStream", OpenTextFault.status(503), 1); // CSS fails once

    TransferResult outcome = transfer().transfer(assetId, "ORIGINAL", openTextTarget(env.openText()));

    assertThat(outcome.state()).isEqualTo(TransferResult.State.COMPLETED);
    assertThat(outcome.attempts()).as("the CSS failure forces a second attempt").isEqualTo(2);
    assertThat(env.iconikSim().requestCount("GET", "/sim/files/.*"))
        .as("the reset download and the restarted ones were all requested").isGreaterThanOrEqualTo(3);
    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    assertThat(instancesFor(outcome.record().transferId())).isEqualTo(1);
  }

  @Test
  void twoThreadsOfOneInstance_transferTheSameAssetOnce() throws Exception {
    String assetId = env.iconikSim().seedAsset("Race");
    env.iconikSim().seedFile(assetId, "race.mov", content(2 * 1024 * 1024, 7));
    AssetTransfer transfer = transfer();
    OpenTextTarget target = openTextTarget(env.openText());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<TransferResult>> outcomes = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        outcomes.add(pool.submit(() -> {
          start.await();
          return transfer.transfer(assetId, "ORIGINAL", target);
        }));
      }
      start.countDown();
      List<TransferResult.State> states = new java.util.ArrayList<>();
      for (var f : outcomes) {
        states.add(f.get().state());
      }
      assertThat(states).containsOnlyOnce(TransferResult.State.COMPLETED);
      assertThat(states).containsAnyOf(TransferResult.State.HELD, TransferResult.State.SKIPPED);
    } finally {
      pool.shutdownNow();
    }
    String transferId = status.snapshot().recentTransfers().get(0).transferId();
    assertThat(instancesFor(transferId)).isEqualTo(1);
  }

  @Test
  void archiveTarget_receivesTheVerifiedFile() throws Exception {
    byte[] bytes = content(1024 * 1024 + 17, 3);
    String assetId = env.iconikSim().seedAsset("Promo");
    env.iconikSim().seedFile(assetId, "promo.mp4", bytes);
    Files.createDirectories(archive.resolve(".partial"));
    FileSystemTarget target = new FileSystemTarget("archive", archive);

    TransferResult outcome = transfer().transfer(assetId, "ORIGINAL", target);

    assertThat(Path.of(outcome.record().location())).hasBinaryContent(bytes)
        .isEqualTo(archive.resolve(assetId).resolve("promo.mp4"));
    assertThat(archive.resolve(".partial")).isEmptyDirectory();
  }

  @Test
  void archiveTarget_withALeftoverPartialWrite_restartsWhenTheSourceIgnoresRanges() throws Exception {
    byte[] bytes = content(256 * 1024, 6);
    try (IconikSimulator ignoring = IconikSimulator.builder().honourRanges(false).start()) {
      String assetId = ignoring.seedAsset("Resumed");
      String fileId = ignoring.seedFile(assetId, "resumed.mov", bytes).fileId();
      FileSystemTarget target = new FileSystemTarget("archive", archive);
      Path partial = archive.resolve(".partial").resolve(new TransferId(assetId, fileId, "archive").value() + ".part");
      Files.createDirectories(partial.getParent());
      Files.write(partial, "garbage from a crashed attempt".getBytes(java.nio.charset.StandardCharsets.UTF_8));

      TransferResult outcome = AssetTransfer.builder(IconikClient.builder(ignoring.environment(),
          ignoring.credentials()).build()).build().transfer(assetId, "ORIGINAL", target);

      assertThat(Path.of(outcome.record().location())).hasBinaryContent(bytes);
      assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    }
  }

  @Test
  void archiveTarget_withAPartialWriteOfAnEarlierProcess_continuesItWithARange() throws Exception {
    byte[] bytes = content(3 * 1024 * 1024, 8);
    String assetId = env.iconikSim().seedAsset("Continued");
    String fileId = env.iconikSim().seedFile(assetId, "continued.mov", bytes).fileId();
    Path partial = archive.resolve(".partial").resolve(new TransferId(assetId, fileId, "archive").value() + ".part");
    Files.createDirectories(partial.getParent());
    Files.write(partial, java.util.Arrays.copyOf(bytes, 2 * 1024 * 1024)); // a crashed process wrote 2 MiB

    TransferResult outcome = transfer().transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(Path.of(outcome.record().location())).hasBinaryContent(bytes);
    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    assertThat(env.iconikSim().bytesServed(fileId)).as("only the missing MiB was downloaded")
        .isEqualTo(1024 * 1024);
  }

  @Test
  void assetWithoutOriginal_isAnAssetProblem() {
    String assetId = env.iconikSim().seedAsset("No files yet");

    IntegrationException e = catchThrowableOfType(IntegrationException.class,
        () -> transfer().transfer(assetId, "ORIGINAL", openTextTarget(env.openText())));

    assertThat(e.domain()).isEqualTo(FailureDomain.ASSET);
    assertThat(e.reason()).isEqualTo("NoOriginalFormat");
    assertThat(status.snapshot().recentFailures()).first().extracting(f -> f.failure().domain())
        .isEqualTo(FailureDomain.ASSET);
  }

  @Test
  void persistentCmsOutage_isAnEndpointProblem_andTheJobFails() {
    String assetId = env.iconikSim().seedAsset("Outage");
    env.iconikSim().seedFile(assetId, "a.mov", content(4096, 4));
    env.openTextSim().injectFault("/cms/instances/.*", OpenTextFault.status(503), 100);

    SdkException e = catchThrowableOfType(SdkException.class,
        () -> transfer().transfer(assetId, "ORIGINAL", openTextTarget(env.openText())));

    ClassifiedFailure failure = status.snapshot().failedJobs().get(0).failure();
    assertThat(failure.domain()).isEqualTo(FailureDomain.ENDPOINT);
    assertThat(failure.reason()).isEqualTo("ServerError");
    assertThat(e).isNotNull();
    String jobId = status.snapshot().failedJobs().get(0).instance();
    assertThat(env.iconikSim().object("jobs", jobId).orElseThrow()).containsEntry("status", "FAILED");
  }

  @Test
  void wrongOpenTextSecret_isACredentialProblem() {
    String assetId = env.iconikSim().seedAsset("Locked out");
    env.iconikSim().seedFile(assetId, "a.mov", content(4096, 5));
    OpenTextClient wrongSecret = OpenTextClient.builder(env.openTextSim().environment("dev"))
        .clientCredentials(StaticCredentialsProvider.of(env.openTextSim().clientId(), "not-the-secret"))
        .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build()).build();

    catchThrowableOfType(SdkException.class,
        () -> transfer().transfer(assetId, "ORIGINAL", openTextTarget(wrongSecret)));

    List<ClassifiedFailure> problems = status.snapshot().credentialProblems().stream()
        .map(f -> f.failure()).toList();
    assertThat(problems).isNotEmpty().allMatch(f -> f.domain() == FailureDomain.CREDENTIAL);
    assertThat(status.snapshot().toJson()).doesNotContain("not-the-secret");
  }
}
