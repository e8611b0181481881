package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.JobPatch;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.integration.status.ClassifiedFailure;
import io.github.iconikopentext.integration.status.FailureClassifier;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.TransferSummary;
import io.github.iconikopentext.integration.transfer.TransferEvent;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.TransferRecord;
import io.github.iconikopentext.integration.transfer.TransferStore;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells everyone who follows a transfer how it goes: the iconik job of type TRANSFER, the {@link IntegrationStatus}
 * (when there is one), the {@link TransferStore}'s claim and the {@link TransferEvent} listener. Thread-safe. Not
 * part of the API.
 */
public final class TransferReports {
  private static final Logger log = LoggerFactory.getLogger(TransferReports.class);

  private final IconikClient iconik;
  private final TransferStore store;
  private final IntegrationStatus status;
  private final Clock clock;
  private final Consumer<TransferEvent> listener;
  private final TransferAudit audit;

  /** Reports to these; {@code status} may be {@code null}. */
  public TransferReports(IconikClient iconik, TransferStore store, IntegrationStatus status, Clock clock,
      Consumer<TransferEvent> listener, TransferAudit audit) {
    this.iconik = iconik;
    this.store = store;
    this.status = status;
    this.clock = clock;
    this.listener = listener;
    this.audit = audit;
  }

  /** The file could not be picked: reported to the status only, for nothing was claimed. */
  public void notPicked(String assetId, SdkException failure) {
    if (status != null) {
      status.recordFailure(IntegrationStatus.TRANSFERS_HEALTHY, "transfer", assetId, failure, "iconik");
    }
  }

  /** The transfer completed before: nothing to do. */
  public void skipped(TransferItem item, TransferRecord done) {
    summary(item, TransferSummary.State.SKIPPED, done.bytes(), done.sha256(), null, clock.instant());
  }

  /** Starts the iconik job of a claimed transfer and tells the listener; returns the job id. */
  public String started(String assetId, TransferItem item, TransferTarget target, Instant started) {
    String jobId = iconik.jobs().create(JobRequest.builder("Transfer " + item.fileName() + " to " + target.name(),
            JobType.TRANSFER)
        .status(JobStatus.STARTED)
        .object("assets", assetId)
        .progress(0, Math.max(item.size(), 0))
        .message("transfer " + item.id().value())
        .build()).id();
    emit(new TransferEvent(TransferEvent.Kind.STARTED, item.id(), jobId, 0, null, null), target);
    summary(item, TransferSummary.State.RUNNING, 0, null, null, started);
    return jobId;
  }

  /**
   * Where a pipeline's position goes: the claim's checkpoint (a lost lease fails the transfer as INTEGRATION
   * {@code LeaseLost}) and the job's progress (a failure to report it is only logged).
   */
  public LongConsumer progress(TransferItem item, String jobId, String claimant, Duration lease) {
    TransferId id = item.id();
    long total = Math.max(item.size(), 0);
    return done -> {
      if (!store.checkpoint(id.value(), claimant, done, lease)) {
        throw new IntegrationException(FailureDomain.INTEGRATION, "LeaseLost",
            "transfer " + id.value() + " was taken over by another worker");
      }
      try {
        iconik.jobs().updateProgress(jobId, total == 0 ? done : Math.min(done, total), Math.max(total, done));
      } catch (SdkException e) { // progress is informative: the transfer goes on
        log.debug("transfer {}: progress not reported to job {}: {}", id, jobId, e.toString());
      }
    };
  }

  /** Ends a transfer that reached its target: job FINISHED, claim completed, listener and status told. */
  public void completed(TransferItem item, TransferTarget target, TransferRecord record, String jobId,
      String claimant, String md5, Instant started) {
    iconik.jobs().update(jobId, JobPatch.builder().status(JobStatus.FINISHED)
        .progress(record.bytes(), record.bytes()).message("transferred to " + record.location()).build());
    store.complete(record, claimant);
    emit(new TransferEvent(TransferEvent.Kind.COMPLETED, item.id(), jobId, record.bytes(), record.sha256(), null,
        record.location(), md5), target);
    summary(item, TransferSummary.State.COMPLETED, record.bytes(), record.sha256(), null, started);
    if (status != null) {
      status.recordHealthy(IntegrationStatus.TRANSFERS_HEALTHY, "transfer " + item.id().value() + " completed");
    }
  }

  /**
   * Ends a failed transfer, each step on its own so that none keeps another from happening: releases the claim,
   * marks the job FAILED, lets the target drop what earlier attempts left, and reports the failure.
   *
   * @return what the caller throws: the failure as an SdkException (an Error is thrown as it is)
   */
  public SdkException failed(TransferItem item, TransferTarget target, String jobId, String claimant,
      Instant started, Throwable last, int attempts) {
    TransferId id = item.id();
    SdkException failure = last instanceof SdkException s ? s
        : new IntegrationException(last instanceof IOException ? FailureDomain.ENDPOINT : FailureDomain.INTEGRATION,
            "TransferFailed", "transfer " + id.value() + " failed after " + attempts + " attempt(s): " + last, last);
    try {
      store.release(id.value(), claimant);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    ClassifiedFailure classified = status == null ? new FailureClassifier(clock).classify(failure, null)
        : jobId == null ? status.recordFailure(IntegrationStatus.TRANSFERS_HEALTHY, "transfer", id.assetId(), failure,
            "transfer")
        : status.recordJobFailure(IntegrationStatus.TRANSFERS_HEALTHY, jobId, failure, null);
    if (jobId != null) {
      try {
        iconik.jobs().update(jobId, JobPatch.builder().status(JobStatus.FAILED)
            .errorMessage(classified.domain() + "/" + classified.reason() + ": " + classified.message()).build());
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    try {
      target.abort(item);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
    summary(item, TransferSummary.State.FAILED, 0, null, classified, started);
    try {
      emit(new TransferEvent(TransferEvent.Kind.FAILED, id, jobId, 0, null, classified), target);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    if (last instanceof Error error) {
      throw error;
    }
    return failure;
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

  /** Tells the listener, then the audit trail (when there is one). */
  private void emit(TransferEvent event, TransferTarget target) {
    try {
      listener.accept(event);
      if (audit != null) {
        audit.record(event, target);
      }
    } catch (RuntimeException e) {
      log.warn("transfer listener failed for {}: {}", event.id(), e.toString());
      throw e;
    }
  }
}
