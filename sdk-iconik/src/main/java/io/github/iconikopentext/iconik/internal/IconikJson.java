package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.json.Json;

/** The Moshi of the iconik client: the SDK's configuration plus iconik's own shapes. Not part of the API. */
public final class IconikJson {
  private static final Moshi MOSHI = Json.newBuilder().add(MetadataValuesJsonAdapter.FACTORY).build();

  private IconikJson() {}

  /** The shared, immutable instance. */
  public static Moshi moshi() {
    return MOSHI;
  }
}
