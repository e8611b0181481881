package io.github.iconikopentext.kafka;

import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import java.util.Objects;

/**
 * What a {@link KafkaEventWorker} does with each event. Delivery is at least once — after a crash or a rebalance an
 * event may arrive again — so a processor must be idempotent; the transfer store's ids make transfers so.
 *
 * <p>Throw {@link RetryLaterException} for "not now" (another worker's lease holds the transfer); any other
 * exception is classified into a failure domain: ENDPOINT failures are retried, the rest go to the dead-letter topic.
 * Implementations must be thread-safe if one instance serves several workers.
 */
@FunctionalInterface
public interface AssetEventProcessor {

  /** Processes one event. */
  void process(AssetEvent event) throws Exception;

  /**
   * Routes every event by {@code runtime}'s template: its rules' transfers, notifications and metadata syncs. A
   * transfer another worker holds throws {@link RetryLaterException}, so the event is routed again — its completed
   * transfers then skipped, its notifications sent again with the same id — until that worker finished it or its
   * lease ran out and this one took it over.
   */
  static AssetEventProcessor routing(IntegrationRuntime runtime) {
    Objects.requireNonNull(runtime, "runtime == null");
    return event -> runtime.route(event).forEach(result ->
        retryLaterIfHeld(result, "a transfer of asset " + AssetEvent.assetIdOf(event)));
  }

  /**
   * Transfers the asset of every {@link AssetEvent.ApprovalGranted} ({@code format}, e.g. {@code ORIGINAL}) to
   * {@code target}; other events are ignored. A transfer another worker holds throws {@link RetryLaterException},
   * so the event is retried once that worker's lease expires — a crashed worker's transfer is taken over.
   */
  static AssetEventProcessor transfers(AssetTransfer transfer, String format, TransferTarget target) {
    Objects.requireNonNull(transfer, "transfer == null");
    Objects.requireNonNull(format, "format == null");
    Objects.requireNonNull(target, "target == null");
    return event -> {
      if (event instanceof AssetEvent.ApprovalGranted approved) {
        retryLaterIfHeld(transfer.transfer(approved.assetId(), format, target),
            "transfer of asset " + approved.assetId() + " to " + target.name());
      }
    };
  }

  /** Throws {@link RetryLaterException} when {@code result} is another worker's ({@code what} names the transfer). */
  private static void retryLaterIfHeld(TransferResult result, String what) {
    if (result.state() == TransferResult.State.HELD) {
      throw new RetryLaterException(what + " is held by another worker");
    }
  }
}
