package io.github.iconikopentext.iconik.webhook;

import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.webhook.internal.EventInterpreter;
import java.util.Objects;

/**
 * What an iconik webhook delivery means for an asset (or a job): the states the integration's workflows start from.
 *
 * <p>{@link #of(IconikWebhook)} reads a delivery as follows ({@code event_type}/{@code realm}/{@code operation},
 * compared case-insensitively, and fields of {@code data}):
 * <table>
 *   <caption>Interpretation of deliveries</caption>
 *   <tr><th>Delivery</th><th>Event</th></tr>
 *   <tr><td>{@code assets}/{@code files}/create or update, {@code data.status} CLOSED</td>
 *       <td>{@link UploadCompleted}</td></tr>
 *   <tr><td>{@code assets}/{@code approval(s)}/create or update, {@code data.status} REQUESTED</td>
 *       <td>{@link ReviewRequested}</td></tr>
 *   <tr><td>… {@code data.status} APPROVED</td><td>{@link ApprovalGranted}</td></tr>
 *   <tr><td>… {@code data.status} NOT_APPROVED</td><td>{@link ApprovalDenied}</td></tr>
 *   <tr><td>{@code assets}/{@code metadata}/create or update</td><td>{@link MetadataChanged}</td></tr>
 *   <tr><td>{@code assets}/{@code entity}/delete or purge, or update with {@code data.status} DELETED</td>
 *       <td>{@link AssetDeleted}</td></tr>
 *   <tr><td>{@code jobs}, {@code data.status} FINISHED, FINISHED_WITH_WARNING or SKIPPED</td>
 *       <td>{@link JobFinished}</td></tr>
 *   <tr><td>{@code jobs}, {@code data.status} FAILED or ABORTED</td><td>{@link JobFailed}</td></tr>
 *   <tr><td>anything else, or a delivery lacking the id the event needs</td><td>{@link Unrecognized}</td></tr>
 * </table>
 *
 * <p>The asset id is taken from {@code data} ({@code asset_id} for files, {@code object_id} for approvals and
 * metadata) and else from the delivery's {@code object_id}. Events are derived from one delivery at a time: an
 * update of an object that is already in a state (a second update of a CLOSED file) yields the event again, so make
 * listeners idempotent. No delivery is dropped: what is not understood arrives as {@link Unrecognized}.
 *
 * <p>Every event keeps its {@link #delivery()}. Immutable.
 */
public sealed interface AssetEvent {

  /** The delivery this event was read from. */
  IconikWebhook delivery();

  /** Interprets a delivery; never fails, never returns {@code null}. */
  static AssetEvent of(IconikWebhook delivery) {
    return EventInterpreter.interpret(Objects.requireNonNull(delivery, "delivery == null"));
  }

  /** A file of the asset reached status CLOSED: its upload is complete. {@code fileId} may be {@code null}. */
  record UploadCompleted(String assetId, String fileId, IconikWebhook delivery) implements AssetEvent {
    public UploadCompleted {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /** An approval was requested for the asset: it needs review. */
  record ReviewRequested(String assetId, IconikWebhook delivery) implements AssetEvent {
    public ReviewRequested {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /** The asset's approval status became APPROVED. */
  record ApprovalGranted(String assetId, IconikWebhook delivery) implements AssetEvent {
    public ApprovalGranted {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /** The asset's approval status became NOT_APPROVED. */
  record ApprovalDenied(String assetId, IconikWebhook delivery) implements AssetEvent {
    public ApprovalDenied {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /**
   * Metadata values of the asset were written. {@code values} holds those in the delivery (empty if it carried
   * none); numbers arrive as {@link Long} when whole, else {@link Double}.
   */
  record MetadataChanged(String assetId, MetadataValues values, IconikWebhook delivery) implements AssetEvent {
    public MetadataChanged {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(values, "values == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /** The asset was deleted: soft-deleted (restorable) unless {@code purged}. */
  record AssetDeleted(String assetId, boolean purged, IconikWebhook delivery) implements AssetEvent {
    public AssetDeleted {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /**
   * A job ended without failing: FINISHED, FINISHED_WITH_WARNING or SKIPPED. A finished TRANSFER job of an ingest
   * also means an upload completed. {@code objectType}/{@code objectId} name what the job worked on, if given.
   */
  record JobFinished(String jobId, JobType type, JobStatus status, String objectType, String objectId,
      IconikWebhook delivery) implements AssetEvent {
    public JobFinished {
      Objects.requireNonNull(jobId, "jobId == null");
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(status, "status == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /** A job ended in FAILED or ABORTED; {@code errorMessage} is iconik's, if any. */
  record JobFailed(String jobId, JobType type, JobStatus status, String errorMessage, String objectType,
      String objectId, IconikWebhook delivery) implements AssetEvent {
    public JobFailed {
      Objects.requireNonNull(jobId, "jobId == null");
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(status, "status == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /** Any other delivery, kept whole so nothing is lost. */
  record Unrecognized(IconikWebhook delivery) implements AssetEvent {
    public Unrecognized {
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }
}
