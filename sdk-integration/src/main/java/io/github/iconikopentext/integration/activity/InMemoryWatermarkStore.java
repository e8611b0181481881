package io.github.iconikopentext.integration.activity;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link WatermarkStore} in this process's memory: lost on exit, so a restart collects every history again. */
public final class InMemoryWatermarkStore implements WatermarkStore {
  private final Map<String, Watermark> watermarks = new ConcurrentHashMap<>();

  @Override
  public Optional<Watermark> get(String assetId) {
    return Optional.ofNullable(watermarks.get(Objects.requireNonNull(assetId, "assetId == null")));
  }

  @Override
  public void put(String assetId, Watermark watermark) {
    watermarks.put(Objects.requireNonNull(assetId, "assetId == null"),
        Objects.requireNonNull(watermark, "watermark == null"));
  }
}
