package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook to create or the full new state of one to update (iconik updates webhooks with PUT). Immutable; build
 * with {@link #builder(String, String)}. {@link #toString()} masks header values.
 *
 * @param url where deliveries go
 * @param eventType the event type, e.g. {@code assets} or {@code collections}
 * @param realm the realm, or {@code null} for all
 * @param operation the operation, or {@code null} for all
 * @param objectId one object to subscribe to, or {@code null} for all
 * @param status ENABLED or DISABLED
 * @param headers headers sent with each delivery, e.g. a shared secret
 * @param query a filter such as {@code data.status="CLOSED"}, or {@code null}
 * @param name a name, or {@code null}
 * @param description a description, or {@code null}
 */
public record WebhookRequest(
    String url,
    @Json(name = "event_type") String eventType,
    @Nullable String realm,
    @Nullable String operation,
    @Json(name = "object_id") @Nullable String objectId,
    WebhookStatus status,
    Map<String, String> headers,
    @Nullable String query,
    @Nullable String name,
    @Nullable String description) {

  /** Starts an ENABLED webhook for {@code eventType} events delivered to {@code url}. */
  public static Builder builder(String url, String eventType) {
    return new Builder(url, eventType);
  }

  @Override
  public String toString() {
    return "WebhookRequest[url=" + url + ", eventType=" + eventType + ", realm=" + realm + ", operation=" + operation
        + ", objectId=" + objectId + ", status=" + status + ", headers="
        + Nulls.maskedValues(headers == null ? Map.of() : headers) + ", query=" + query + ", name=" + name + "]";
  }

  /** Builds a {@link WebhookRequest}. Not thread-safe. */
  public static final class Builder {
    private final String url;
    private final String eventType;
    private String realm;
    private String operation;
    private String objectId;
    private WebhookStatus status = WebhookStatus.ENABLED;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String query;
    private String name;
    private String description;

    private Builder(String url, String eventType) {
      this.url = Objects.requireNonNull(url, "url == null");
      this.eventType = Objects.requireNonNull(eventType, "eventType == null");
    }

    public Builder realm(String realm) {
      this.realm = realm;
      return this;
    }

    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    public Builder objectId(String objectId) {
      this.objectId = objectId;
      return this;
    }

    public Builder status(WebhookStatus status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** Adds a header sent with each delivery, e.g. the shared secret the receiver checks. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "header name == null"),
          Objects.requireNonNull(value, "value of header " + name + " == null"));
      return this;
    }

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public WebhookRequest build() {
      return new WebhookRequest(url, eventType, realm, operation, objectId, status, Map.copyOf(headers), query, name,
          description);
    }
  }
}
