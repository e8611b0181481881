package io.github.iconikopentext.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.iconikopentext.benchmarks.report.Check.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {
  private static final Map<String, String> KIB = Map.of("bodyBytes", "1024");
  private static final Map<String, String> KIB64 = Map.of("bodyBytes", "65536");

  @TempDir
  Path profiles;

  @Test
  void parsesScoresErrorsParamsAndCountersIncludingNaN() throws IOException {
    JmhResults results = JmhResults.parse(new JmhJson()
        .add("TokenContentionBenchmark.sdkCachedToken", Map.of("tokenLifetimeSeconds", "5"), 120.0, Double.NaN,
            "ns/op", Map.of("tokenRequests", new double[] {3, 5, 7}))
        .json());

    JmhResults.Result r = results.find("TokenContentionBenchmark.sdkCachedToken",
        Map.of("tokenLifetimeSeconds", "5")).orElseThrow();
    assertThat(r.primary().score()).isEqualTo(120.0);
    assertThat(r.primary().error()).isNaN();
    assertThat(r.primary().unit()).isEqualTo("ns/op");
    assertThat(r.jdk()).isEqualTo("17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)");
    assertThat(r.warmup()).isEqualTo("3 × 1 s");
    JmhResults.Metric counter = r.secondary("tokenRequests").orElseThrow();
    assertThat(counter.score()).isEqualTo(15.0);
    assertThat(counter.last()).isEqualTo(7.0);
    assertThat(counter.meanPerIteration()).isEqualTo(5.0);
    assertThat(counter.forkMeans()).containsExactly(5.0);
    assertThat(results.find("TokenContentionBenchmark.sdkCachedToken", Map.of())).isEmpty();
  }

  @Test
  void ratioErrorAddsRelativeErrorsInQuadrature() {
    Ratio ratio = Ratio.of(100, 10, 50, 5);

    assertThat(ratio.value()).isEqualTo(2.0);
    assertThat(ratio.error()).isCloseTo(2.0 * Math.sqrt(0.02), within(1e-12));
    assertThat(ratio.within(1.8)).isTrue();
    assertThat(ratio.within(1.5)).isFalse();
    assertThat(ratio.format()).isEqualTo("2.00× ± 0.28");
  }

  @Test
  void aMissedBoundSaysByHowMuchAndWhetherItLiesWithinTheError() {
    Check.Profile profile = new Check.Profile("A.b", null, Map.of());

    Check missed = Check.atLeast("x", "≥ 0.9", new Ratio(0.81, 0.01), 0.9, profile);
    Check close = Check.atMost("y", "≤ 1.15", new Ratio(1.2, 0.1), 1.15, profile);
    Check met = Check.atLeast("z", "≥ 1.0", new Ratio(1.3, 0.05), 1.0, profile);

    assertThat(missed.status()).isEqualTo(Status.MISSED);
    assertThat(missed.detail()).isEqualTo("short by 10.0 % of the bound");
    assertThat(missed.profile()).contains(profile);
    assertThat(close.status()).isEqualTo(Status.MISSED);
    assertThat(close.detail()).isEqualTo("over by 4.3 % of the bound; the bound lies within the error");
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.detail()).isEmpty();
    assertThat(met.profile()).isEmpty();
  }

  @Test
  void webhookTargetsAreCheckedAgainstPeersAndTheLimitAndAbsentGroupsAreNotMeasured() throws IOException {
    JmhJson json = new JmhJson();
    for (Map<String, String> size : List.of(KIB, KIB64)) {
      json.add("WebhookVerificationBenchmark.sdkStandardWebhooks", size, 85, 2)
          .add("WebhookVerificationBenchmark.peerStandardWebhooksLibrary", size, 40, 1)
          .add("WebhookVerificationBenchmark.sdkStripeStyle", size, 90, 2)
          .add("WebhookVerificationBenchmark.peerStripeJava", size, 95, 1)
          .add("WebhookVerificationBenchmark.limitRawHmacSha256", size, 100, 1);
    }

    Map<String, Check> checks = checks(json);

    assertThat(checks.get("webhook-standard-1024").status()).isEqualTo(Status.MET);
    assertThat(checks.get("webhook-stripe-65536").status()).isEqualTo(Status.MISSED);
    assertThat(checks.get("webhook-stripe-65536").profile().orElseThrow())
        .isEqualTo(new Check.Profile("WebhookVerificationBenchmark.sdkStripeStyle",
            "WebhookVerificationBenchmark.peerStripeJava", KIB64));
    assertThat(checks.get("webhook-limit-65536").status()).isEqualTo(Status.MISSED);
    assertThat(checks.get("webhook-limit-65536").measured()).startsWith("0.85×");
    assertThat(checks.get("paging-time").status()).isEqualTo(Status.NOT_MEASURED);
    assertThat(checks.get("mapping-throughput").status()).isEqualTo(Status.NOT_MEASURED);
    assertThat(checks.get("audit-batched").status()).isEqualTo(Status.NOT_MEASURED);
    assertThat(checks.get("token-requests-3600").status()).isEqualTo(Status.NOT_MEASURED);
  }

  @Test
  void moreTokenRequestsThanValidityWindowsIsAMiss() throws IOException {
    JmhJson json = new JmhJson()
        .add("TokenContentionBenchmark.sdkCachedToken", Map.of("tokenLifetimeSeconds", "3600"), 900, 50, "ns/op",
            Map.of("tokenRequests", new double[] {1, 1}, "validityWindows", new double[] {1, 1}))
        .add("TokenContentionBenchmark.sdkCachedToken", Map.of("tokenLifetimeSeconds", "5"), 900, 50, "ns/op",
            Map.of("tokenRequests", new double[] {4, 9}, "validityWindows", new double[] {4, 8}));

    Map<String, Check> checks = checks(json);

    assertThat(checks.get("token-requests-3600").status()).isEqualTo(Status.MET);
    assertThat(checks.get("token-requests-5").status()).isEqualTo(Status.MISSED);
    assertThat(checks.get("token-requests-5").measured()).isEqualTo("9 requests in 8 windows");
  }

  @Test
  void transfersAreHeldToTheSlowerOfPipeAndHashingFloor_andCurlPlusFsync_andSimulatorsToAnAbsoluteRate()
      throws IOException {
    Map<String, String> small = Map.of("mebibytes", "256");
    Map<String, String> large = Map.of("mebibytes", "2048");
    Map<String, double[]> allocation = Map.of("clientAllocatedPerMiB", new double[] {1024, 3072});
    JmhJson json = new JmhJson()
        .add("TransferBenchmark.sdkToOpenText", large, 6000, 100, "ms/op", allocation)
        .add("TransferBenchmark.limitPlainPipe", large, 4000, 100, "ms/op", Map.of())
        .add("TransferBenchmark.limitHashingFloor", large, 4500, 50, "ms/op", Map.of())
        .add("TransferBenchmark.sdkToFileSystem", large, 5000, 100, "ms/op", allocation)
        .add("TransferBenchmark.limitCurlToFile", large, 4500, 100, "ms/op", Map.of())
        .add("TransferBenchmark.simulatorDownload", large, 2000, 10, "ms/op", Map.of())
        .add("TransferBenchmark.simulatorUpload", large, 8000, 10, "ms/op", Map.of())
        .add("TransferBenchmark.sdkToOpenText", small, 600, 10, "ms/op", allocation)
        .add("TransferBenchmark.limitPlainPipe", small, 500, 10, "ms/op", Map.of());

    Map<String, Check> checks = checks(json);
    Markdown out = new Markdown();
    new TransferSection().write(JmhResults.parse(json.json()), out);

    assertThat(checks.get("transfer-css-2048").status()).isEqualTo(Status.MISSED);
    assertThat(checks.get("transfer-css-2048").measured()).startsWith("0.75×");
    assertThat(checks.get("transfer-css-2048").profile().orElseThrow().comparedWith())
        .isEqualTo("TransferBenchmark.limitHashingFloor");
    assertThat(checks.get("transfer-fs-2048").status()).isEqualTo(Status.MET);
    assertThat(checks.get("transfer-fs-2048").measured()).startsWith("0.90×");
    assertThat(checks.get("transfer-css-256").measured()).startsWith("0.83×");
    assertThat(checks.get("transfer-fs-256").status()).isEqualTo(Status.NOT_MEASURED);
    assertThat(checks.get("transfer-sim-download").status()).isEqualTo(Status.MET);
    assertThat(checks.get("transfer-sim-download").measured()).startsWith("1,074 ± 5.37 MB/s");
    assertThat(checks.get("transfer-sim-upload").status()).isEqualTo(Status.MISSED);
    assertThat(out.toString())
        .contains("| SDK `AssetTransfer` → CSS | 6,000 ± 100 ms/op | 358 ± 5.97 | 0.75× ± 0.02 | 2.00 KiB |")
        .contains("| `curl -o` + fsync equivalent (limit) | 4,500 ± 100 ms/op | 477 ± 10.6 | 1.00× ± 0.03 | n/a |");
  }

  @Test
  void storageTargetsAreHeldToTheirRawLibraries_s3ToTheFasterOfMultipartAndPutObject() throws IOException {
    Map<String, String> size = Map.of("mebibytes", "128");
    JmhJson json = new JmhJson()
        .add("S3TargetBenchmark.sdkS3Target", size, 1000, 50, "ms/op", Map.of())
        .add("S3TargetBenchmark.sdkAssetTransferToS3", size, 1500, 50, "ms/op", Map.of())
        .add("S3TargetBenchmark.rawMultipartUpload", size, 900, 30, "ms/op", Map.of())
        .add("S3TargetBenchmark.rawPutObject", size, 1200, 30, "ms/op", Map.of())
        .add("SftpTargetBenchmark.sdkSftpTarget", size, 2000, 100, "ms/op", Map.of())
        .add("SftpTargetBenchmark.rawSshdUpload", size, 1000, 50, "ms/op", Map.of());

    Map<String, Check> checks = checks(json);
    Markdown out = new Markdown();
    new StorageTargetSection().write(JmhResults.parse(json.json()), out);

    assertThat(checks.get("target-s3").status()).isEqualTo(Status.MET);
    assertThat(checks.get("target-s3").measured()).startsWith("0.90×");
    assertThat(checks.get("target-sftp").status()).isEqualTo(Status.MISSED);
    assertThat(checks.get("target-sftp").measured()).startsWith("0.50×");
    assertThat(checks.get("target-sftp").profile().orElseThrow().benchmarks())
        .containsExactly("SftpTargetBenchmark.sdkSftpTarget", "SftpTargetBenchmark.rawSshdUpload");
    assertThat(out.toString())
        .contains("| SDK `S3Target` (write + commit) | 128 MiB | 1,000 ± 50.0 ms/op | 134 ± 6.71 | 0.90× ± 0.05 |")
        .contains("| SDK `AssetTransfer` → `S3Target` (download, digests, upload) | 128 MiB |")
        .contains("| MINA SSHD `SftpClient.write` (raw library) | 128 MiB |");
    assertThat(checks(new JmhJson()).get("target-s3").status()).isEqualTo(Status.NOT_MEASURED);
  }

  @Test
  void theReportHoldsMachineTargetsFiguresAndConfiguration() throws IOException {
    JmhJson json = new JmhJson()
        .add("MetadataMappingBenchmark.sdkMediaGovernanceProfile", Map.of(), 400_000, 10_000, "ops/s",
            Map.of("gc.alloc.rate.norm", new double[] {732}))
        .add("MetadataMappingBenchmark.peerHandWritten", Map.of(), 200_000, 10_000);

    String report = new BenchmarkReport(JmhResults.parse(json.json()))
        .write(new BenchmarkReport.Run("sdk-benchmarks/run.sh", "0.10 0.20 0.30 1/100 42", "3.00 2.00 1.00 1/9 7",
            95), new Machine(2, "Test CPU @ 2100 MHz", "24.0 GiB", "Linux"), profiles);

    assertThat(report)
        .startsWith("# Benchmarks\n")
        .contains("CPU: Test CPU @ 2100 MHz, 2 cores")
        .contains("JDK: 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)")
        .contains("before the run: 0.10, 0.20, 0.30; after: 3.00, 2.00, 1.00 (the run's own 64-thread benchmark "
            + "counts in it). The machine was quiet")
        .contains("| ≥ 500,000 assets/s per core, governance profile, 10 fields "
            + "| 400,000 ± 10,000 ops/s (0.80× ± 0.02) | **missed** | short by 20.0 % of the bound |")
        .contains("| SDK `MetadataMapper`, governance profile "
            + "| 400,000 ± 10,000 ops/s | 0.80× | 2.00× ± 0.11 | 732 B |")
        .contains("## Webhook verification\n\nNo results in this run.")
        .contains("| SDK Standard Webhooks ≥ 0.9 × raw HMAC, 64 KiB | — | not measured |")
        .contains("## Missed targets: what limits them")
        .contains("#### Profile of `MetadataMappingBenchmark.peerHandWritten`\n\n"
            + "No profile was recorded for it in this run.")
        .contains("| `MetadataMappingBenchmark` | thrpt | 1 | 1 | 3 × 1 s | 5 × 1 s |  |");
  }

  @Test
  void missedTargetsBecomeJmhArguments() {
    Check.Profile profile = new Check.Profile("WebhookVerificationBenchmark.sdkStripeStyle",
        "WebhookVerificationBenchmark.peerStripeJava", KIB64);

    assertThat(profile.benchmarks()).containsExactly("WebhookVerificationBenchmark.sdkStripeStyle",
        "WebhookVerificationBenchmark.peerStripeJava");
    assertThat(ReportGenerator.include(profile.benchmark()))
        .isEqualTo("\\.WebhookVerificationBenchmark\\.sdkStripeStyle$");
    assertThat(ReportGenerator.params(profile)).isEqualTo("-p bodyBytes=65536");
    assertThat(ReportGenerator.profileDirectory("webhook-stripe-65536", profile.comparedWith()))
        .isEqualTo("webhook-stripe-65536/WebhookVerificationBenchmark.peerStripeJava");
  }

  private static Map<String, Check> checks(JmhJson json) throws IOException {
    return new BenchmarkReport(JmhResults.parse(json.json())).checks().stream()
        .collect(Collectors.toMap(Check::id, Function.identity()));
  }
}
