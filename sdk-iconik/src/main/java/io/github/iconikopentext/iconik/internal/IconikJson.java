package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.json.Json;

/**
 * The Moshi of the iconik client: the SDK's tolerant configuration ({@link Json#newTolerantBuilder()}: a member of an
 * unexpected shape reads as {@code null} unless marked {@link io.github.iconikopentext.core.json.Strict}) plus
 * iconik's own shapes. Not part of the API.
 */
public final class IconikJson {
  private static final Moshi MOSHI = Json.newTolerantBuilder()
      .add(MetadataValuesJsonAdapter.FACTORY)
      .add(CollectionContentJsonAdapter.FACTORY)
      .build();

  private IconikJson() {}

  /** The shared, immutable instance. */
  public static Moshi moshi() {
    return MOSHI;
  }
}
