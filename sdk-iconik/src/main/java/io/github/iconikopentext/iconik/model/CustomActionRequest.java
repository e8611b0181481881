package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A custom action to create or the new state of one to update. Immutable; build with
 * {@link #builder(CustomActionContext, String, String)}. {@link #toString()} masks header values.
 *
 * @param context where the action appears (also the API path segment)
 * @param title the menu title
 * @param url the URL called
 * @param type POST (default) or OPEN
 * @param headers headers sent with each call, e.g. a shared secret
 * @param metadataView a metadata view whose form iconik shows first, or {@code null}
 * @param appId the iconik application the action belongs to, or {@code null}
 * @param disabled whether it is disabled, or {@code null} for iconik's default
 */
public record CustomActionRequest(
    CustomActionContext context,
    String title,
    String url,
    CustomActionType type,
    Map<String, String> headers,
    @Json(name = "metadata_view") @Nullable String metadataView,
    @Json(name = "app_id") @Nullable String appId,
    @Nullable Boolean disabled) {

  /** Starts a POST action shown in {@code context}. */
  public static Builder builder(CustomActionContext context, String title, String url) {
    return new Builder(context, title, url);
  }

  @Override
  public String toString() {
    return "CustomActionRequest[context=" + context + ", title=" + title + ", url=" + url + ", type=" + type
        + ", headers=" + Nulls.maskedValues(headers == null ? Map.of() : headers) + ", metadataView=" + metadataView
        + ", appId=" + appId + ", disabled=" + disabled + "]";
  }

  /** Builds a {@link CustomActionRequest}. Not thread-safe. */
  public static final class Builder {
    private final CustomActionContext context;
    private final String title;
    private final String url;
    private CustomActionType type = CustomActionType.POST;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String metadataView;
    private String appId;
    private Boolean disabled;

    private Builder(CustomActionContext context, String title, String url) {
      this.context = Objects.requireNonNull(context, "context == null");
      if (context == CustomActionContext.UNKNOWN) {
        throw new IllegalArgumentException("cannot create a custom action in context UNKNOWN");
      }
      this.title = Objects.requireNonNull(title, "title == null");
      this.url = Objects.requireNonNull(url, "url == null");
    }

    public Builder type(CustomActionType type) {
      this.type = Objects.requireNonNull(type, "type == null");
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "header name == null"),
          Objects.requireNonNull(value, "value of header " + name + " == null"));
      return this;
    }

    public Builder metadataView(String viewId) {
      this.metadataView = viewId;
      return this;
    }

    public Builder appId(String appId) {
      this.appId = appId;
      return this;
    }

    public Builder disabled(boolean disabled) {
      this.disabled = disabled;
      return this;
    }

    public CustomActionRequest build() {
      return new CustomActionRequest(context, title, url, type, Map.copyOf(headers), metadataView, appId, disabled);
    }
  }
}
