package io.github.iconikopentext.iconik.webhook;

import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.Segment;
import io.github.iconikopentext.iconik.model.Share;
import io.github.iconikopentext.iconik.webhook.internal.EventInterpreter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an iconik webhook delivery means for an asset, a collection or a job: the states the integration's workflows
 * start from.
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
 *   <tr><td>{@code assets}/{@code entity}/create</td><td>{@link AssetCreated} (any asset type, e.g. SUBCLIP)</td></tr>
 *   <tr><td>{@code assets}/{@code entity}/delete or purge, or update with {@code data.status} DELETED</td>
 *       <td>{@link AssetDeleted}</td></tr>
 *   <tr><td>{@code assets} or {@code collections}/{@code shares}/create</td><td>{@link ShareCreated}</td></tr>
 *   <tr><td>{@code assets}/{@code segments}/create</td><td>{@link SegmentCreated}</td></tr>
 *   <tr><td>{@code assets}/{@code segments}/update</td><td>{@link SegmentChanged}</td></tr>
 *   <tr><td>{@code collections}/{@code contents}/create</td><td>{@link CollectionContentAdded}</td></tr>
 *   <tr><td>{@code collections}/{@code contents}/delete</td><td>{@link CollectionContentRemoved}</td></tr>
 *   <tr><td>{@code jobs}, {@code data.status} FINISHED, FINISHED_WITH_WARNING or SKIPPED</td>
 *       <td>{@link JobFinished}</td></tr>
 *   <tr><td>{@code jobs}, {@code data.status} FAILED or ABORTED</td><td>{@link JobFailed}</td></tr>
 *   <tr><td>anything else, or a delivery lacking the id the event needs</td><td>{@link Unrecognized}</td></tr>
 * </table>
 *
 * <p>The asset id is taken from {@code data} ({@code asset_id} for files and segments, {@code object_id} for
 * approvals and metadata, {@code id} for a created asset) and else from the delivery's {@code object_id}. Shares,
 * segments and created assets also carry {@code data} read as a {@link Share}, {@link Segment} or {@link Asset}
 * (tolerantly: a member of an unexpected shape reads as {@code null}). Events are derived from one delivery at a
 * time: an update of an object that is already in a state (a second update of a CLOSED file) yields the event again,
 * so make listeners idempotent. No delivery is dropped: what is not understood arrives as {@link Unrecognized}, and
 * the {@link IconikWebhookHandler} answers it 2xx like any other.
 *
 * <p><b>The assumed shape without {@code event_type}.</b> Some receivers are written for deliveries that carry no
 * {@code event_type}, {@code realm} or {@code request_id} but a top-level {@code object_type} and an upper-case
 * {@code operation}, e.g. {@code {"object_type": "assets", "operation": "CREATE", "object_id", "data"}}. No captured
 * iconik delivery has that shape; a delivery that has neither {@code event_type} nor {@code realm} is read with its
 * {@code object_type} as the event type and realm {@code entity}, so that example is an {@link AssetCreated}. A
 * delivery with an {@code event_type} is never re-read this way.
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

  /**
   * The asset an event is about: the asset id, for job events the job's object id, else the delivery's object id
   * ({@code null} when it has none). Use it as a partition or message key.
   */
  static @Nullable String assetIdOf(AssetEvent event) {
    Objects.requireNonNull(event, "event == null");
    if (event instanceof UploadCompleted e) {
      return e.assetId();
    } else if (event instanceof ReviewRequested e) {
      return e.assetId();
    } else if (event instanceof ApprovalGranted e) {
      return e.assetId();
    } else if (event instanceof ApprovalDenied e) {
      return e.assetId();
    } else if (event instanceof MetadataChanged e) {
      return e.assetId();
    } else if (event instanceof AssetDeleted e) {
      return e.assetId();
    } else if (event instanceof AssetCreated e) {
      return e.assetId();
    } else if (event instanceof ShareCreated e) {
      return e.assetId();
    } else if (event instanceof SegmentCreated e) {
      return e.assetId();
    } else if (event instanceof SegmentChanged e) {
      return e.assetId();
    } else if (event instanceof CollectionContentAdded e) {
      return e.assetId();
    } else if (event instanceof CollectionContentRemoved e) {
      return e.assetId();
    } else if (event instanceof JobFinished e) {
      return e.objectId();
    } else if (event instanceof JobFailed e) {
      return e.objectId();
    }
    return event.delivery().objectId();
  }

  /** A file of the asset reached status CLOSED: its upload is complete. {@code fileId} may be {@code null}. */
  record UploadCompleted(String assetId, @Nullable String fileId, IconikWebhook delivery) implements AssetEvent {
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
   * An asset was created: a new asset, or a subclip, sequence, placeholder… ({@link Asset#type()}; a subclip names
   * its source in {@link Asset#originalAssetId()}). {@code asset} is the delivery's {@code data} read as an asset.
   */
  record AssetCreated(String assetId, Asset asset, IconikWebhook delivery) implements AssetEvent {
    public AssetCreated {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(asset, "asset == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /**
   * An asset or collection was shared. {@code objectType} is {@code assets} or {@code collections} and
   * {@code objectId} the shared object; {@code share} holds the share's terms (expiry, permissions, owner).
   */
  record ShareCreated(String shareId, String objectType, String objectId, Share share, IconikWebhook delivery)
      implements AssetEvent {
    public ShareCreated {
      Objects.requireNonNull(shareId, "shareId == null");
      Objects.requireNonNull(objectType, "objectType == null");
      Objects.requireNonNull(objectId, "objectId == null");
      Objects.requireNonNull(share, "share == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }

    /** The shared asset's id, or {@code null} when a collection was shared. */
    public @Nullable String assetId() {
      return "assets".equals(objectType) ? objectId : null;
    }
  }

  /** A segment (marker, comment, tag, transcription line…) was added to the asset. */
  record SegmentCreated(String assetId, Segment segment, IconikWebhook delivery) implements AssetEvent {
    public SegmentCreated {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(segment, "segment == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /** A segment of the asset changed. */
  record SegmentChanged(String assetId, Segment segment, IconikWebhook delivery) implements AssetEvent {
    public SegmentChanged {
      Objects.requireNonNull(assetId, "assetId == null");
      Objects.requireNonNull(segment, "segment == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }
  }

  /**
   * An asset ({@code objectType} {@code assets}) or a sub-collection ({@code collections}) was added to a
   * collection. {@code parents} are the collection's ancestors, as iconik sends them.
   */
  record CollectionContentAdded(String collectionId, String objectType, String objectId, List<String> parents,
      IconikWebhook delivery) implements AssetEvent {
    public CollectionContentAdded {
      Objects.requireNonNull(collectionId, "collectionId == null");
      Objects.requireNonNull(objectType, "objectType == null");
      Objects.requireNonNull(objectId, "objectId == null");
      parents = List.copyOf(Objects.requireNonNull(parents, "parents == null"));
      Objects.requireNonNull(delivery, "delivery == null");
    }

    /** The added asset's id, or {@code null} when a collection was added. */
    public @Nullable String assetId() {
      return "assets".equals(objectType) ? objectId : null;
    }
  }

  /** An asset or sub-collection was removed from a collection (the object itself stays). */
  record CollectionContentRemoved(String collectionId, String objectType, String objectId, IconikWebhook delivery)
      implements AssetEvent {
    public CollectionContentRemoved {
      Objects.requireNonNull(collectionId, "collectionId == null");
      Objects.requireNonNull(objectType, "objectType == null");
      Objects.requireNonNull(objectId, "objectId == null");
      Objects.requireNonNull(delivery, "delivery == null");
    }

    /** The removed asset's id, or {@code null} when a collection was removed. */
    public @Nullable String assetId() {
      return "assets".equals(objectType) ? objectId : null;
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
