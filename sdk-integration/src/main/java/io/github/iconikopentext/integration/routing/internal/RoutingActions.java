package io.github.iconikopentext.integration.routing.internal;

import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.integration.transfer.TransferResult;

/**
 * What a routing rule can make happen; the runtime's handlers implement it with the SDK's blocks. Implementations
 * must be thread-safe; an exception thrown here makes the webhook handler answer 500 so iconik delivers again. Not
 * part of the API.
 */
public interface RoutingActions {

  /**
   * Transfers the asset's file of {@code format} to the target named {@code target}; returns what became of it
   * (COMPLETED, SKIPPED when done before, HELD when another worker holds it).
   */
  TransferResult transfer(String assetId, String format, String target, AssetEvent cause);

  /** Notifies the target named {@code target} about {@code event}. */
  void notify(String target, AssetEvent event);

  /** Maps the asset's iconik metadata and writes it to OpenText. */
  void syncMetadata(String assetId, AssetEvent cause);
}
