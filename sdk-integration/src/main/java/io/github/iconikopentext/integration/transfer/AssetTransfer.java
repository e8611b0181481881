package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.integration.observe.Step;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.transfer.internal.AssetFiles;
import io.github.iconikopentext.integration.transfer.internal.Checkpoint;
import io.github.iconikopentext.integration.transfer.internal.Download;
import io.github.iconikopentext.integration.transfer.internal.LimitedInputStream;
import io.github.iconikopentext.integration.transfer.internal.TransferAudit;
import io.github.iconikopentext.integration.transfer.internal.TransferPipeline;
import io.github.iconikopentext.integration.transfer.internal.TransferReports;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 *   <li>Reports to an iconik job of type TRANSFER: {@code progress_processed}/{@code progress_total} about once a
 *       second while streaming (off the data path: a slow iconik makes reports fewer, never the transfer slower),
 *       FINISHED at 100% or FAILED with a message. Whatever is thrown — by iconik, the target, the store or a
 *       listener — the job ends FAILED and the claim is released before the call ends.
 *   <li>Asks the target to {@link TransferTarget#prepare prepare} (e.g. check the destination), then streams from
 *       the file's signed download URL into the target through a pipeline that overlaps download, digests and
 *       target: ~1 MiB chunks from a bounded pool (memory stays at a few MiB whatever the file size), MD5 and
 *       SHA-256 each computed once on its own thread, large files downloaded over several connections in ranges
 *       when the source honours {@code Range} ({@link Builder#downloadConnections}), and a stall watchdog instead
 *       of per-read timeouts ({@link Builder#stallTimeout}). A failed attempt resumes from the last position that
 *       reached the target and both digests, when the target kept its partial write (the filesystem target does);
 *       a partial write left by an earlier process is read back for the digests and continued with an HTTP range;
 *       a source that ignores the range makes the transfer start over from byte 0 with the same id. Size and the
 *       iconik checksum (MD5 or SHA-256 by length) are verified before the target commits.
 *   <li>Audits the finished transfer when the builder was given an audit context ({@link Builder#audit}): the same
 *       {@code asset.transferred} and {@code job.failed} events whichever entry point runs it.
 * </ol>
 *
 * <p>Downloads use a plain HTTP client without iconik credentials (signed URLs point at storage, which must never
 * see an Auth-Token). Thread-safe: different transfers may run concurrently.
 */
public final class AssetTransfer {
  private static final Logger log = LoggerFactory.getLogger(AssetTransfer.class);
  private static final int CHUNK_BYTES = (1 << 20) - 8192; // ~1 MiB, and one G1 region of a small heap
  private static final int CHUNKS = 8;
  private static final long SEGMENT_BYTES = 16L << 20;
  private static final long RANGED_MINIMUM = 64L << 20;

  private final IconikClient iconik;
  private final TransferStore store;
  private final Clock clock;
  private final String worker;
  private final Duration lease;
  private final int maxAttempts;
  private final Download download;
  private final TransferPipeline.Options options;
  private final IntegrationObserver observer;
  private final TransferReports reports;
  private final Map<String, String> md5s = new ConcurrentHashMap<>();

  private AssetTransfer(Builder b) {
    this.iconik = b.iconik;
    this.store = b.store;
    this.clock = b.clock;
    this.worker = b.worker;
    this.lease = b.lease;
    this.maxAttempts = b.maxAttempts;
    this.download = new Download(b.downloadClient);
    this.observer = IntegrationObserver.of(b.observers);
    Duration progressInterval = b.lease.dividedBy(4).compareTo(Duration.ofSeconds(1)) < 0
        ? b.lease.dividedBy(4) : Duration.ofSeconds(1);
    this.options = new TransferPipeline.Options(CHUNK_BYTES, CHUNKS, b.downloadConnections, SEGMENT_BYTES,
        RANGED_MINIMUM, b.stallTimeout, progressInterval, observer::propagate);
    this.reports = new TransferReports(b.iconik, b.store, b.status, b.clock, b.listener,
        b.audit == null ? null : new TransferAudit(b.audit));
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
  public TransferResult transfer(String assetId, String formatName, TransferTarget target) {
    return transfer(assetId, formatName, target, null);
  }

  /**
   * As {@link #transfer(String, String, TransferTarget)}, with metadata for the target (e.g. mapped CMS values). The
   * call is one {@link Step.Kind#TRANSFER} step of the {@link Builder#addObserver observers}.
   */
  public TransferResult transfer(String assetId, String formatName, TransferTarget target, Object metadata) {
    Objects.requireNonNull(assetId, "assetId == null");
    Objects.requireNonNull(formatName, "formatName == null");
    Objects.requireNonNull(target, "target == null");
    Step step = new Step(Step.Kind.TRANSFER,
        Map.of(Step.ASSET_ID, assetId, Step.FORMAT, formatName, Step.TARGET, target.name()));
    return observer.observe(step, () -> claimAndRun(assetId, formatName, target, metadata));
  }

  private TransferResult claimAndRun(String assetId, String formatName, TransferTarget target, Object metadata) {
    AssetFile file;
    try {
      file = AssetFiles.pick(iconik, assetId, formatName);
    } catch (SdkException e) {
      reports.notPicked(assetId, e);
      throw e;
    }
    TransferId id = new TransferId(assetId, file.id(), target.name());
    TransferItem item = new TransferItem(id, AssetFiles.name(file), file.size() == null ? -1 : file.size(),
        null, metadata);
    // One claimant per call, so two threads of this instance never hold the same transfer at once.
    String claimant = worker + "#" + UUID.randomUUID();
    TransferStore.Claim claim = store.claim(id.value(), claimant, lease);
    if (claim instanceof TransferStore.Claim.Completed done) {
      log.debug("transfer {} already completed: nothing to do", id);
      reports.skipped(item, done.record());
      return new TransferResult(TransferResult.State.SKIPPED, done.record(), null, 0);
    }
    if (claim instanceof TransferStore.Claim.Held held) {
      log.debug("transfer {} is held by {} until {}", id, held.worker(), held.leaseUntil());
      return new TransferResult(TransferResult.State.HELD, null, null, 0);
    }
    return run(assetId, file, target, item, claimant);
  }

  private TransferResult run(String assetId, AssetFile file, TransferTarget target, TransferItem item,
      String claimant) {
    Instant started = clock.instant();
    String jobId = null;
    Throwable last;
    int attempts = 0;
    try {
      jobId = reports.started(assetId, item, target, started);
      target.prepare(item); // before any byte is downloaded
      Checkpoint[] resume = {null};
      TransferRecord record = null;
      while (record == null) {
        attempts++;
        try {
          record = attempt(assetId, file, target, item, jobId, claimant, resume);
        } catch (IOException | SdkException e) {
          log.debug("transfer {} attempt {} failed: {}", item.id(), attempts, e.toString());
          if (attempts >= maxAttempts || !retryable(e)) {
            throw e;
          }
        }
      }
      // not retried if reporting it fails
      reports.completed(item, target, record, jobId, claimant, md5s.remove(item.id().value()), started);
      return new TransferResult(TransferResult.State.COMPLETED, record, jobId, attempts);
    } catch (Throwable e) { // whatever is thrown, the job ends FAILED and the claim is released
      last = e;
    }
    throw reports.failed(item, target, jobId, claimant, started, last, attempts);
  }

  /** Asset problems other than a checksum mismatch, the integration's own and configuration problems are final. */
  private static boolean retryable(Exception e) {
    if (e instanceof IntegrationException ie) {
      return ie.domain() == FailureDomain.ENDPOINT || ie.domain() == FailureDomain.CREDENTIAL
          || ie.reason().equals("ChecksumMismatch");
    }
    return !(e instanceof ConfigurationException);
  }

  private TransferRecord attempt(String assetId, AssetFile file, TransferTarget target, TransferItem item,
      String jobId, String claimant, Checkpoint[] resume) throws IOException {
    TransferId id = item.id();
    Checkpoint from = resumePoint(target, item, resume[0]);
    String url = iconik.files().downloadUrl(assetId, file.id());
    String handle;
    VerifiedContent content;
    try (TransferPipeline pipeline = TransferPipeline.start(download, url, id.value(), item.size(), from, options,
        reports.progress(item, jobId, claimant, lease))) {
      try {
        handle = target.write(item, pipeline.content(), pipeline.start());
        content = pipeline.finish();
      } catch (IOException | RuntimeException e) {
        SdkException failure = pipeline.stop(e); // the stages stop, then finish what they were handed
        resume[0] = pipeline.checkpoint();
        throw failure;
      }
    }
    resume[0] = null;
    verify(item, file, content, target, handle);
    String location = target.commit(item, handle, content);
    md5s.put(id.value(), content.md5()); // for the completion event
    return new TransferRecord(id.value(), id.assetId(), id.fileId(), id.target(), location, content.bytes(),
        content.sha256(), clock.instant());
  }

  /**
   * Where this attempt continues: after the last position an earlier attempt of this call verified, when the
   * target still holds it; after a partial write of an earlier process (its bytes read back for the digests); or
   * at byte 0.
   */
  private static Checkpoint resumePoint(TransferTarget target, TransferItem item, Checkpoint earlier)
      throws IOException {
    long partial = target.resumeOffset(item);
    if (partial <= 0 || item.size() >= 0 && partial > item.size()) {
      return Checkpoint.start(); // nothing written, or longer than the file: not ours to trust
    }
    if (earlier != null && earlier.offset() > 0 && earlier.offset() <= partial) {
      return earlier;
    }
    try (InputStream written = target.openWritten(item)) {
      return Checkpoint.of(new LimitedInputStream(written, partial));
    }
  }

  private static void verify(TransferItem item, AssetFile file, VerifiedContent content, TransferTarget target,
      String handle) throws IOException {
    String problem = null;
    if (item.size() >= 0 && content.bytes() != item.size()) {
      problem = "size " + content.bytes() + " != expected " + item.size();
    } else if (file.checksum() != null && !file.checksum().isBlank()) {
      String expected = file.checksum().trim().toLowerCase(Locale.ROOT);
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
    private final List<IntegrationObserver> observers = new ArrayList<>();
    private AuditContext audit;
    private Duration stallTimeout = Duration.ofSeconds(60);
    private int downloadConnections = 4;

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

    /**
     * How long a transfer may move no byte at all (download, digests and target together) before the attempt
     * fails as ENDPOINT {@code TransferStalled} (and is retried like a network failure). Default 60 seconds. It
     * replaces per-read timeouts on downloads; an upload's own write timeout ({@code HttpOptions}) still applies.
     */
    public Builder stallTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("stall timeout must be positive: " + timeout);
      }
      this.stallTimeout = timeout;
      return this;
    }

    /**
     * Up to how many connections download one large file (64 MiB or more) at once, each asking for 16 MiB ranges,
     * when the source honours {@code Range} (iconik's signed storage URLs do). A transfer starts with one and adds
     * another whenever it waits for the network with buffer room to spare, so a fast source costs no extra
     * connections. 1 downloads every file as a single stream. Default 4. Memory per transfer stays bounded: about
     * 3 MiB per connection plus 5 MiB.
     */
    public Builder downloadConnections(int connections) {
      if (connections < 1 || connections > 32) {
        throw new IllegalArgumentException("connections must be 1 to 32: " + connections);
      }
      this.downloadConnections = connections;
      return this;
    }

    /** Receives started/completed/failed events, e.g. to write audit records. */
    public Builder listener(Consumer<TransferEvent> listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Audits every finished transfer into {@code audit}: an {@code asset.transferred} event (landing location,
     * byte count, SHA-256 and MD5, and for an {@link AuditedTarget} its kind and credential id), and a
     * {@code job.failed} event for the iconik job of a failed one — the same events the integration runtime, the
     * CLI and Kafka workers record. Default: no audit.
     */
    public Builder audit(AuditContext audit) {
      this.audit = Objects.requireNonNull(audit, "audit == null");
      return this;
    }

    /**
     * Adds an observer: each {@link #transfer} call is one {@link Step.Kind#TRANSFER} step, and the tasks a transfer
     * hands to its own threads (download connections, digests, progress reports) are wrapped by
     * {@link IntegrationObserver#propagate}, so that a trace started on the caller's thread continues on them.
     */
    public Builder addObserver(IntegrationObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer == null"));
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
