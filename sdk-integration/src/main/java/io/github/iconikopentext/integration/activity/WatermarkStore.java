package io.github.iconikopentext.integration.activity;

import java.util.Optional;

/**
 * Where the {@link ActivityCollector} keeps each asset's {@link Watermark}, so that a restarted collector — or another
 * node — continues where the last one stopped. {@link InMemoryWatermarkStore} serves one process;
 * {@code JdbcWatermarkStore} (sdk-jdbc) a fleet. Implementations must be thread-safe.
 */
public interface WatermarkStore {

  /** The asset's watermark, empty before its history was first collected. */
  Optional<Watermark> get(String assetId);

  /** Stores the asset's watermark, replacing the previous one. */
  void put(String assetId, Watermark watermark);
}
