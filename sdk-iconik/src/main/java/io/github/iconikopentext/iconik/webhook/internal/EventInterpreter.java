package io.github.iconikopentext.iconik.webhook.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.iconikopentext.iconik.internal.IconikJson;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetStatus;
import io.github.iconikopentext.iconik.model.FileStatus;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.Segment;
import io.github.iconikopentext.iconik.model.Share;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a delivery as an {@link AssetEvent}, by the rules documented there. Never throws: a delivery that does not
 * fit a rule, or lacks the id an event needs, is {@link AssetEvent.Unrecognized}.
 */
public final class EventInterpreter {
  private static final Logger log = LoggerFactory.getLogger(EventInterpreter.class);

  private static final JsonAdapter<AssetStatus> ASSET_STATUS = Payloads.MOSHI.adapter(AssetStatus.class);
  private static final JsonAdapter<FileStatus> FILE_STATUS = Payloads.MOSHI.adapter(FileStatus.class);
  private static final JsonAdapter<ApprovalStatus> APPROVAL_STATUS = Payloads.MOSHI.adapter(ApprovalStatus.class);
  private static final JsonAdapter<JobStatus> JOB_STATUS = Payloads.MOSHI.adapter(JobStatus.class);
  private static final JsonAdapter<MetadataValues> METADATA = Payloads.MOSHI.adapter(MetadataValues.class);
  private static final JsonAdapter<JobType> JOB_TYPE = Payloads.MOSHI.adapter(JobType.class);
  /** {@code data} read as a model, tolerantly, as the client reads responses. */
  private static final JsonAdapter<Asset> ASSET = IconikJson.moshi().adapter(Asset.class);
  private static final JsonAdapter<Share> SHARE = IconikJson.moshi().adapter(Share.class);
  private static final JsonAdapter<Segment> SEGMENT = IconikJson.moshi().adapter(Segment.class);

  private EventInterpreter() {}

  public static AssetEvent interpret(IconikWebhook delivery) {
    boolean assumedShape = isBlank(delivery.eventType()) && isBlank(delivery.realm());
    String eventType = lower(assumedShape ? delivery.objectType() : delivery.eventType());
    String realm = assumedShape ? "entity" : lower(delivery.realm());
    String operation = lower(delivery.operation());
    AssetEvent event = switch (eventType) {
      case "assets" -> asset(delivery, realm, operation);
      case "collections" -> collection(delivery, realm, operation);
      case "jobs" -> job(delivery);
      default -> null;
    };
    return event != null ? event : new AssetEvent.Unrecognized(delivery);
  }

  private static AssetEvent asset(IconikWebhook d, String realm, String operation) {
    boolean write = operation.equals("create") || operation.equals("update");
    return switch (realm) {
      case "files" -> write ? file(d) : null;
      case "approval", "approvals" -> write ? approval(d) : null;
      case "metadata" -> write ? metadata(d) : null;
      case "entity" -> entity(d, operation);
      case "shares" -> operation.equals("create") ? share(d, "assets") : null;
      case "segments" -> write ? segment(d, operation) : null;
      default -> null;
    };
  }

  private static AssetEvent collection(IconikWebhook d, String realm, String operation) {
    return switch (realm) {
      case "contents" -> contents(d, operation);
      case "shares" -> operation.equals("create") ? share(d, "collections") : null;
      default -> null;
    };
  }

  private static AssetEvent share(IconikWebhook d, String eventType) {
    Share share = bind(SHARE, d);
    if (share == null) {
      return null;
    }
    String shareId = firstNonNull(share.id(), d.objectId());
    String objectType = firstNonNull(nonBlank(share.objectType()), eventType);
    String objectId = nonBlank(share.objectId());
    if (shareId == null || objectId == null) {
      return null;
    }
    return new AssetEvent.ShareCreated(shareId, objectType, objectId, share, d);
  }

  private static AssetEvent segment(IconikWebhook d, String operation) {
    Segment segment = bind(SEGMENT, d);
    String assetId = firstNonNull(text(d.data(), "asset_id"), d.objectId());
    if (segment == null || assetId == null) {
      return null;
    }
    return operation.equals("create") ? new AssetEvent.SegmentCreated(assetId, segment, d)
        : new AssetEvent.SegmentChanged(assetId, segment, d);
  }

  private static AssetEvent contents(IconikWebhook d, String operation) {
    String collectionId = text(d.data(), "collection_id");
    String objectId = firstNonNull(text(d.data(), "object_id"), d.objectId());
    String objectType = firstNonNull(text(d.data(), "object_type"), "assets");
    if (collectionId == null || objectId == null) {
      return null;
    }
    return switch (operation) {
      case "create" -> new AssetEvent.CollectionContentAdded(collectionId, objectType, objectId,
          texts(d.data().get("parents")), d);
      case "delete" -> new AssetEvent.CollectionContentRemoved(collectionId, objectType, objectId, d);
      default -> null;
    };
  }

  private static AssetEvent file(IconikWebhook d) {
    String assetId = firstNonNull(text(d.data(), "asset_id"), d.objectId());
    if (assetId == null || status(FILE_STATUS, d) != FileStatus.CLOSED) {
      return null;
    }
    return new AssetEvent.UploadCompleted(assetId, text(d.data(), "id"), d);
  }

  private static AssetEvent approval(IconikWebhook d) {
    String objectType = text(d.data(), "object_type");
    String assetId = firstNonNull(text(d.data(), "object_id"), d.objectId());
    if (assetId == null || (objectType != null && !objectType.equals("assets"))) {
      return null;
    }
    ApprovalStatus status = status(APPROVAL_STATUS, d);
    if (status == null) {
      return null;
    }
    return switch (status) {
      case REQUESTED -> new AssetEvent.ReviewRequested(assetId, d);
      case APPROVED -> new AssetEvent.ApprovalGranted(assetId, d);
      case NOT_APPROVED -> new AssetEvent.ApprovalDenied(assetId, d);
      default -> null;
    };
  }

  private static AssetEvent metadata(IconikWebhook d) {
    String assetId = firstNonNull(text(d.data(), "object_id"), d.objectId());
    if (assetId == null) {
      return null;
    }
    MetadataValues values;
    try {
      values = METADATA.fromJsonValue(d.data().get("metadata_values"));
    } catch (JsonDataException | IllegalArgumentException e) {
      log.warn("iconik metadata delivery {} has unreadable metadata_values, passing it on unrecognized: {}",
          d.requestId(), e.getMessage());
      return null;
    }
    return new AssetEvent.MetadataChanged(assetId, values, d);
  }

  private static AssetEvent entity(IconikWebhook d, String operation) {
    String assetId = firstNonNull(d.objectId(), text(d.data(), "id"));
    if (assetId == null) {
      return null;
    }
    if (operation.equals("create")) {
      Asset asset = bind(ASSET, d);
      return asset == null ? null : new AssetEvent.AssetCreated(assetId, asset, d);
    }
    return switch (operation) {
      case "delete" -> new AssetEvent.AssetDeleted(assetId, false, d);
      case "purge" -> new AssetEvent.AssetDeleted(assetId, true, d);
      case "update" -> status(ASSET_STATUS, d) == AssetStatus.DELETED ? new AssetEvent.AssetDeleted(assetId, false, d)
          : null;
      default -> null;
    };
  }

  private static AssetEvent job(IconikWebhook d) {
    String jobId = firstNonNull(text(d.data(), "id"), d.objectId());
    JobStatus status = status(JOB_STATUS, d);
    if (jobId == null || status == null) {
      return null;
    }
    JobType type = enumValue(JOB_TYPE, d.data().get("type"), JobType.UNKNOWN);
    String objectType = text(d.data(), "object_type");
    String objectId = text(d.data(), "object_id");
    return switch (status) {
      case FINISHED, FINISHED_WITH_WARNING, SKIPPED -> new AssetEvent.JobFinished(jobId, type, status, objectType,
          objectId, d);
      case FAILED, ABORTED -> new AssetEvent.JobFailed(jobId, type, status, text(d.data(), "error_message"),
          objectType, objectId, d);
      default -> null;
    };
  }

  /** {@code data} as a model; {@code null} (logged) when a member the model needs has an unreadable shape. */
  private static <T> T bind(JsonAdapter<T> adapter, IconikWebhook d) {
    try {
      return adapter.fromJsonValue(d.data());
    } catch (JsonDataException | IllegalArgumentException e) {
      log.warn("iconik delivery {} ({}/{}) has unreadable data, passing it on unrecognized: {}", d.requestId(),
          d.eventType(), d.realm(), e.getMessage());
      return null;
    }
  }

  private static <E extends Enum<E>> E status(JsonAdapter<E> adapter, IconikWebhook d) {
    return enumValue(adapter, d.data().get("status"), null);
  }

  /** Reads through the enum's Moshi adapter, so {@code @Json} names and the UNKNOWN fallback apply. */
  private static <E extends Enum<E>> E enumValue(JsonAdapter<E> adapter, Object value, E absent) {
    if (!(value instanceof String)) {
      return absent;
    }
    try {
      E e = adapter.fromJsonValue(value);
      return e != null ? e : absent;
    } catch (JsonDataException e) {
      return absent;
    }
  }

  private static String text(Map<String, Object> data, String key) {
    Object value = data.get(key);
    return value instanceof String s && !s.isEmpty() ? s : null;
  }

  private static List<String> texts(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.stream().filter(v -> v instanceof String s && !s.isEmpty()).forEach(v -> out.add((String) v));
    }
    return out;
  }

  private static String nonBlank(String s) {
    return isBlank(s) ? null : s;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
