package io.github.iconikopentext.opentext.internal.json;

import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.json.Json;

/**
 * The Moshi of the OpenText client, shared by every service and the token endpoint: the SDK's tolerant configuration
 * ({@link Json#newTolerantBuilder()}: unknown enum values read as {@code UNKNOWN}, a member of an unexpected shape
 * reads as {@code null} unless marked {@link io.github.iconikopentext.core.json.Strict}), free-form JSON with
 * integers as {@code Long} ({@link JsonValueAdapter}), and the shapes OpenText sends in more than one form (a HAL
 * {@code page} as a number or an object, a CMS identity as an id or a user object). Not part of the API.
 */
public final class OpenTextJson {
  private static final Moshi MOSHI = Json.newTolerantBuilder()
      .add(JsonValueAdapter.FACTORY)
      .add(HalPageInfo.FACTORY)
      .add(CmsIdentityJsonAdapter.FACTORY)
      .build();

  private OpenTextJson() {}

  /** The shared, immutable instance. */
  public static Moshi moshi() {
    return MOSHI;
  }
}
