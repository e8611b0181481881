package io.github.iconikopentext.integration.routing;

import io.github.iconikopentext.iconik.webhook.AssetEvent;

/**
 * What a routing rule can make happen. {@link io.github.iconikopentext.integration.IntegrationRuntime} implements it
 * with the SDK's blocks; a team may implement it to route to its own actions. Implementations must be thread-safe;
 * an exception thrown here makes the webhook handler answer 500 so iconik delivers again.
 */
public interface RoutingActions {

  /** Transfers the asset's file of {@code format} to the target named {@code target}. */
  void transfer(String assetId, String format, String target, AssetEvent cause);

  /** Notifies the target named {@code target} about {@code event}. */
  void notify(String target, AssetEvent event);

  /** Maps the asset's iconik metadata and writes it to OpenText. */
  void syncMetadata(String assetId, AssetEvent cause);
}
