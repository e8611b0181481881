package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Metric;
import io.github.iconikopentext.benchmarks.report.JmhResults.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing targets of sdk-storage-s3 and sdk-storage-sftp against their raw libraries on the same bytes and the
 * same server: {@code S3Target} against the AWS SDK's own multipart upload and {@code PutObject} on S3Mock, and
 * {@code SftpTarget} against MINA SSHD's own upload on an in-process SSHD server.
 */
final class StorageTargetSection implements Section {
  private static final String S3 = "S3TargetBenchmark.";
  private static final String SFTP = "SftpTargetBenchmark.";
  private static final String S3_TARGET = S3 + "sdkS3Target";
  private static final String S3_TRANSFER = S3 + "sdkAssetTransferToS3";
  private static final String S3_MULTIPART = S3 + "rawMultipartUpload";
  private static final String S3_PUT = S3 + "rawPutObject";
  private static final String SFTP_TARGET = SFTP + "sdkSftpTarget";
  private static final String SFTP_RAW = SFTP + "rawSshdUpload";
  private static final double BOUND = 0.8;
  private static final Map<String, String> SIZE = Map.of("mebibytes", "128");
  private static final String S3_GOAL = "SDK S3Target ≥ 0.8 × raw AWS SDK (faster of multipart and PutObject), 128 MiB";
  private static final String SFTP_GOAL = "SDK SftpTarget ≥ 0.8 × raw SSHD upload, 128 MiB";

  @Override
  public String title() {
    return "Routing targets: S3 and SFTP";
  }

  @Override
  public String analysis(String id) {
    if (id.equals("target-sftp")) {
      return "The SFTP target does more than the raw upload: it checks the host key, writes a part file, has the "
          + "server compute the SHA-256 of what it holds (the check-file extension; SSHD reads the whole file "
          + "again for it) and renames the file into place. The second read of the file is the difference.";
    }
    if (id.equals("target-s3")) {
      return "The S3 target sends a SHA-256 of every part, computed on the client (the raw upload lets the SDK "
          + "compute its default CRC32, which is cheaper), lists the key's uploads first so it can resume, and tags "
          + "the object after completing it; S3Mock verifies each part's SHA-256 as it stores it. Most of the gap "
          + "is multipart itself, whoever drives it: S3Mock writes every part to disk and, on completing, copies "
          + "them into one object, a second write of every byte that one PutObject does not make — compare the "
          + "raw multipart upload, the like-for-like peer, with PutObject in the table. The SDK keeps multipart for "
          + "every size because resuming an interrupted transfer and the per-part checksums need it; on AWS S3 "
          + "itself, parallel parts are the recommended way to upload files of this size.";
    }
    return "";
  }

  @Override
  public List<Check> write(JmhResults results, Markdown out) {
    if (!results.ran("S3TargetBenchmark") && !results.ran("SftpTargetBenchmark")) {
      out.paragraph("No results in this run.");
      return List.of(Check.notMeasured("target-s3", S3_GOAL, "the S3 target benchmarks did not run"),
          Check.notMeasured("target-sftp", SFTP_GOAL, "the SFTP target benchmarks did not run"));
    }
    out.paragraph("One file per operation, single-shot: the time to store the whole file; MB/s are 10^6 bytes per "
        + "second. S3: S3Mock 3.12 (Spring Boot, in the benchmark's JVM, writing to the temporary directory) for "
        + "every contender; `S3Target` in 16 MiB parts, 4 at a time, each with its SHA-256 checked by the store, "
        + "then complete and tag, against the AWS SDK's own calls with the same part size and parallelism and "
        + "against one `PutObject`. `AssetTransfer` → S3 also downloads the file from the iconik simulator and "
        + "computes MD5 and SHA-256 on the way, so it is shown against the raw upload for scale, not held to a "
        + "bound. SFTP: an SSHD server in the benchmark's JVM writing to the temporary directory; `SftpTarget` "
        + "(host-key check, part file, upload, the server's SHA-256 of what it holds, atomic rename) against MINA "
        + "SSHD's own `SftpClient.write` stream. × raw library: the raw library's time over the SDK's (1.00× = as "
        + "fast).");
    List<Check> checks = new ArrayList<>();
    Optional<Result> s3Raw = faster(results.find(S3_MULTIPART, SIZE), results.find(S3_PUT, SIZE));
    List<List<String>> rows = new ArrayList<>();
    add(rows, "SDK `S3Target` (write + commit)", results.find(S3_TARGET, SIZE), s3Raw);
    add(rows, "SDK `AssetTransfer` → `S3Target` (download, digests, upload)", results.find(S3_TRANSFER, SIZE), s3Raw);
    add(rows, "AWS SDK multipart upload (raw library)", results.find(S3_MULTIPART, SIZE), s3Raw);
    add(rows, "AWS SDK `PutObject` (raw library)", results.find(S3_PUT, SIZE), s3Raw);
    Optional<Result> sftpRaw = results.find(SFTP_RAW, SIZE);
    add(rows, "SDK `SftpTarget` (write + verify + rename)", results.find(SFTP_TARGET, SIZE), sftpRaw);
    add(rows, "MINA SSHD `SftpClient.write` (raw library)", sftpRaw, sftpRaw);
    out.table(List.of("contender", "size", "time per file", "MB/s", "× raw library"), rows);
    checks.add(check(results.find(S3_TARGET, SIZE), s3Raw, "target-s3", S3_GOAL));
    checks.add(check(results.find(SFTP_TARGET, SIZE), sftpRaw, "target-sftp", SFTP_GOAL));
    return checks;
  }

  private static Check check(Optional<Result> sdk, Optional<Result> raw, String id, String target) {
    if (sdk.isEmpty() || raw.isEmpty()) {
      return Check.notMeasured(id, target, "the SDK or the raw library did not run");
    }
    return Check.atLeast(id, target, Ratio.of(raw.get().primary(), sdk.get().primary()), BOUND,
        new Check.Profile(sdk.get().shortName(), raw.get().shortName(), sdk.get().params()));
  }

  /** The faster (lower single-shot time) of two raw contenders. */
  private static Optional<Result> faster(Optional<Result> a, Optional<Result> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isPresent() ? a : b;
    }
    return a.get().primary().score() <= b.get().primary().score() ? a : b;
  }

  private static void add(List<List<String>> rows, String label, Optional<Result> result, Optional<Result> raw) {
    result.ifPresent(r -> {
      Metric time = r.primary();
      double bytes = Double.parseDouble(r.params().getOrDefault("mebibytes", "0")) * 1024 * 1024;
      double mbps = bytes / 1e6 / (time.score() / 1000);
      rows.add(List.of(label, r.params().getOrDefault("mebibytes", "?") + " MiB", Format.metric(time),
          Format.withError(mbps, mbps * time.error() / time.score()),
          raw.map(l -> Ratio.of(l.primary(), time).format()).orElse("—")));
    });
  }
}
