package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.FileStatus;
import io.github.iconikopentext.iconik.model.Format;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobInput;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.JobUpdate;
import io.github.iconikopentext.integration.status.ClassifiedFailure;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.TransferSummary;
import io.github.iconikopentext.integration.transfer.internal.Download;
import io.github.iconikopentext.integration.transfer.internal.LimitedInputStream;
import io.github.iconikopentext.integration.transfer.internal.DigestingInputStream;
import io.github.iconikopentext.integration.transfer.internal.ProgressInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one file of an approved iconik asset to a {@link TransferTarget}, traceably.
 *
 * <ol>
 *   <li>Picks the file: the asset's format by name (e.g. {@code ORIGINAL}) and its CLOSED file; an asset without that
 *       format or with no closed file fails as an ASSET problem ({@code NoOriginalFormat}/{@code FormatNotFound},
 *       {@code FileNotClosed}).
 *   <li>Claims the stable transfer id (asset, file, target) in the {@link TransferStore}: a transfer that completed
 *       before is a no-op (SKIPPED); one another live worker holds is left alone (HELD).
 *   <li>Reports to an iconik job of type TRANSFER: {@code progress_processed}/{@code progress_total} while streaming,
 *       FINISHED at 100% or FAILED with a message.
 *   <li>Streams from the file's signed download URL into the target — never holding the file in memory — computing
 *       size, SHA-256 and MD5 on the way, resuming from the target's partial write when it has one (HTTP range),
 *       otherwise starting over with the same transfer id; verifies size and the iconik checksum (MD5 or SHA-256 by
 *       length) before the target commits.
 * </ol>
 *
 * <p>Downloads use a plain HTTP client without iconik credentials (signed URLs point at storage, which must never
 * see an Auth-Token). Thread-safe: different transfers may run concurrently.
 */
public final class AssetTransfer {
  private static final Logger log = LoggerFactory.getLogger(AssetTransfer.class);
  private static final long PROGRESS_STEP = 8L * 1024 * 1024;

  private final IconikClient iconik;
  private final TransferStore store;
  private final IntegrationStatus status;
  private final Clock clock;
  private final String worker;
  private final Duration lease;
  private final int maxAttempts;
  private final Download download;
  private final Consumer<TransferEvent> listener;

  private AssetTransfer(Builder b) {
    this.iconik = b.iconik;
    this.store = b.store;
    this.status = b.status;
    this.clock = b.clock;
    this.worker = b.worker;
    this.lease = b.lease;
    this.maxAttempts = b.maxAttempts;
    this.download = new Download(b.downloadClient);
    this.listener = b.listener;
  }

  public static Builder builder(IconikClient iconik) {
    return new Builder(iconik);
  }

  /**
   * Transfers the asset's file of format {@code formatName} to {@code target}.
   *
   * @throws IntegrationException for asset problems (no such format, file not closed, checksum mismatch)
   * @throws SdkException when the remote systems fail beyond the attempts allowed
   */
  public TransferOutcome transfer(String assetId, String formatName, TransferTarget target) {
    return transfer(assetId, formatName, target, null);
  }

  /** As {@link #transfer(String, String, TransferTarget)}, with metadata for the target (e.g. mapped CMS values). */
  public TransferOutcome transfer(String assetId, String formatName, TransferTarget target, Object metadata) {
    Objects.requireNonNull(assetId, "assetId == null");
    Objects.requireNonNull(formatName, "formatName == null");
    Objects.requireNonNull(target, "target == null");
    AssetFile file;
    try {
      file = pickFile(assetId, formatName);
    } catch (SdkException e) {
      if (status != null) {
        status.recordFailure(IntegrationStatus.TRANSFERS_HEALTHY, "transfer", assetId, e, "iconik");
      }
      throw e;
    }
    TransferId id = new TransferId(assetId, file.id(), target.name());
    TransferItem item = new TransferItem(id, fileName(file), file.size() == null ? -1 : file.size(),
        null, metadata);
    // One claimant per call, so two threads of this instance never hold the same transfer at once.
    String claimant = worker + "#" + UUID.randomUUID();
    TransferStore.Claim claim = store.claim(id.value(), claimant, lease);
    if (claim instanceof TransferStore.Claim.Completed done) {
      log.debug("transfer {} already completed: nothing to do", id);
      summary(item, TransferSummary.State.SKIPPED, done.record().bytes(), done.record().sha256(), null,
          clock.instant());
      return new TransferOutcome(TransferOutcome.State.SKIPPED, done.record(), null, 0);
    }
    if (claim instanceof TransferStore.Claim.Held held) {
      log.debug("transfer {} is held by {} until {}", id, held.worker(), held.leaseUntil());
      return new TransferOutcome(TransferOutcome.State.HELD, null, null, 0);
    }
    return run(assetId, file, target, item, claimant);
  }

  private TransferOutcome run(String assetId, AssetFile file, TransferTarget target, TransferItem item,
      String claimant) {
    TransferId id = item.id();
    Instant started = clock.instant();
    long total = Math.max(item.size(), 0);
    Job job = iconik.jobs().create(JobInput.builder("Transfer " + item.fileName() + " to " + target.name(),
            JobType.TRANSFER)
        .status(JobStatus.STARTED)
        .object("assets", assetId)
        .progress(0, total)
        .message("transfer " + id.value())
        .build());
    emit(new TransferEvent(TransferEvent.Kind.STARTED, id, job.id(), 0, null, null));
    summary(item, TransferSummary.State.RUNNING, 0, null, null, started);
    List<Throwable> failures = new ArrayList<>();
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        TransferRecord record = attempt(assetId, file, target, item, job.id(), claimant);
        iconik.jobs().update(job.id(), JobUpdate.builder().status(JobStatus.FINISHED)
            .progress(record.bytes(), record.bytes()).message("transferred to " + record.location()).build());
        store.complete(record, claimant);
        emit(new TransferEvent(TransferEvent.Kind.COMPLETED, id, job.id(), record.bytes(), record.sha256(), null));
        summary(item, TransferSummary.State.COMPLETED, record.bytes(), record.sha256(), null, started);
        if (status != null) {
          status.recordHealthy(IntegrationStatus.TRANSFERS_HEALTHY, "transfer " + id.value() + " completed");
        }
        return new TransferOutcome(TransferOutcome.State.COMPLETED, record, job.id(), attempt);
      } catch (IOException | SdkException e) {
        failures.add(e);
        boolean assetProblem = e instanceof IntegrationException ie && ie.domain() == FailureDomain.ASSET
            && !ie.reason().equals("ChecksumMismatch");
        log.debug("transfer {} attempt {} failed: {}", id, attempt, e.toString());
        if (assetProblem) {
          break;
        }
      }
    }
    Throwable last = failures.get(failures.size() - 1);
    SdkException failure = last instanceof SdkException s ? s
        : new IntegrationException(FailureDomain.ENDPOINT, "TransferFailed",
            "transfer " + id.value() + " failed after " + failures.size() + " attempt(s): " + last, last);
    store.release(id.value(), claimant);
    ClassifiedFailure classified = status == null
        ? new io.github.iconikopentext.integration.status.FailureClassifier(clock).classify(failure, null)
        : status.recordJobFailure(IntegrationStatus.TRANSFERS_HEALTHY, job.id(), failure, null);
    summary(item, TransferSummary.State.FAILED, 0, null, classified, started);
    emit(new TransferEvent(TransferEvent.Kind.FAILED, id, job.id(), 0, null, classified));
    try {
      iconik.jobs().update(job.id(), JobUpdate.builder().status(JobStatus.FAILED)
          .errorMessage(classified.domain() + "/" + classified.reason() + ": " + classified.message()).build());
    } catch (SdkException e) {
      failure.addSuppressed(e);
    }
    throw failure;
  }

  private TransferRecord attempt(String assetId, AssetFile file, TransferTarget target, TransferItem item,
      String jobId, String claimant) throws IOException {
    TransferId id = item.id();
    long offset = target.resumeOffset(item);
    if (item.size() >= 0 && offset > item.size()) {
      offset = 0; // the partial write is longer than the file: not ours to trust
    }
    String url = iconik.files().downloadUrl(assetId, file.id());
    try (Download.Body body = download.open(url, offset)) {
      long from = body.offset(); // 0 when the server ignored the range request
      DigestingInputStream digest = new DigestingInputStream(body.stream());
      if (from > 0) {
        try (InputStream written = target.openWritten(item)) {
          digest.seed(new LimitedInputStream(written, from));
        }
      }
      long total = Math.max(item.size(), 0);
      ProgressInputStream progress = new ProgressInputStream(digest, from, PROGRESS_STEP, done -> {
        if (!store.checkpoint(id.value(), claimant, done, lease)) {
          throw new IntegrationException(FailureDomain.INTEGRATION, "LeaseLost",
              "transfer " + id.value() + " was taken over by another worker");
        }
        iconik.jobs().updateProgress(jobId, total == 0 ? done : Math.min(done, total), Math.max(total, done));
      });
      String handle = target.write(item, progress, from);
      VerifiedContent content = new VerifiedContent(digest.count(), digest.sha256Hex(), digest.md5Hex());
      verify(item, file, content, target, handle);
      String location = target.commit(item, handle, content);
      return new TransferRecord(id.value(), id.assetId(), id.fileId(), id.target(), location, content.bytes(),
          content.sha256(), clock.instant());
    }
  }

  private static void verify(TransferItem item, AssetFile file, VerifiedContent content, TransferTarget target,
      String handle) throws IOException {
    String problem = null;
    if (item.size() >= 0 && content.bytes() != item.size()) {
      problem = "size " + content.bytes() + " != expected " + item.size();
    } else if (file.checksum() != null && !file.checksum().isBlank()) {
      String expected = file.checksum().trim().toLowerCase(java.util.Locale.ROOT);
      String actual = expected.length() == 64 ? content.sha256() : expected.length() == 32 ? content.md5() : null;
      if (actual != null && !actual.equals(expected)) {
        problem = "checksum " + actual + " != iconik's " + expected;
      }
    }
    if (problem != null) {
      target.discard(item, handle);
      throw new IntegrationException(FailureDomain.ASSET, "ChecksumMismatch",
          "transfer " + item.id().value() + ": " + problem);
    }
  }

  private AssetFile pickFile(String assetId, String formatName) {
    Format format;
    try {
      format = iconik.files().formatByName(assetId, formatName);
    } catch (NotFoundException e) {
      throw new IntegrationException(FailureDomain.ASSET,
          formatName.equals("ORIGINAL") ? "NoOriginalFormat" : "FormatNotFound",
          "asset " + assetId + " has no " + formatName + " format", e);
    }
    AssetFile fallback = null;
    for (AssetFile f : iconik.files().files(assetId)) {
      if (format.id().equals(f.formatId())) {
        if (f.status() == FileStatus.CLOSED) {
          return f;
        }
        fallback = f;
      }
    }
    if (fallback != null) {
      throw new IntegrationException(FailureDomain.ASSET, "FileNotClosed", "file " + fallback.id() + " of asset "
          + assetId + " is " + fallback.status() + ", not CLOSED: the upload has not completed");
    }
    throw new IntegrationException(FailureDomain.ASSET, "NoFile",
        "asset " + assetId + " has no file in its " + formatName + " format");
  }

  private static String fileName(AssetFile file) {
    if (file.originalName() != null && !file.originalName().isBlank()) {
      return file.originalName();
    }
    return file.name() != null && !file.name().isBlank() ? file.name() : file.id();
  }

  private void summary(TransferItem item, TransferSummary.State state, long bytes, String sha, ClassifiedFailure f,
      Instant started) {
    if (status == null) {
      return;
    }
    boolean done = state != TransferSummary.State.RUNNING;
    status.recordTransfer(new TransferSummary(item.id().value(), item.id().assetId(), item.id().fileId(),
        item.id().target(), state, bytes, sha, started, done ? clock.instant() : null, f));
  }

  private void emit(TransferEvent event) {
    try {
      listener.accept(event);
    } catch (RuntimeException e) {
      log.warn("transfer listener failed for {}: {}", event.id(), e.toString());
      throw e;
    }
  }

  /** Builds an {@link AssetTransfer}. Not thread-safe. */
  public static final class Builder {
    private final IconikClient iconik;
    private TransferStore store;
    private IntegrationStatus status;
    private Clock clock = Clock.systemUTC();
    private String worker = "worker-" + UUID.randomUUID();
    private Duration lease = Duration.ofMinutes(5);
    private int maxAttempts = 3;
    private OkHttpClient downloadClient;
    private Consumer<TransferEvent> listener = e -> {};

    private Builder(IconikClient iconik) {
      this.iconik = Objects.requireNonNull(iconik, "iconik == null");
    }

    /** Where transfer state lives; default an {@link InMemoryTransferStore}. */
    public Builder store(TransferStore store) {
      this.store = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /** The shared status to report transfers and failures to. */
    public Builder status(IntegrationStatus status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** This worker's id in the transfer store (each call claims as this id plus a unique suffix); default random. */
    public Builder worker(String worker) {
      this.worker = Objects.requireNonNull(worker, "worker == null");
      return this;
    }

    /** How long a claim holds without a checkpoint. Default 5 minutes. */
    public Builder lease(Duration lease) {
      this.lease = Objects.requireNonNull(lease, "lease == null");
      return this;
    }

    /** Attempts per call, each resuming or restarting with the same transfer id. Default 3. */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts < 1: " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** The HTTP client for signed download URLs; it must not add iconik credentials. Default: the SDK's shared one. */
    public Builder downloadClient(OkHttpClient client) {
      this.downloadClient = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /** Receives started/completed/failed events, e.g. to write audit records. */
    public Builder listener(Consumer<TransferEvent> listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    public AssetTransfer build() {
      if (store == null) {
        store = new InMemoryTransferStore(clock);
      }
      return new AssetTransfer(this);
    }
  }
}
