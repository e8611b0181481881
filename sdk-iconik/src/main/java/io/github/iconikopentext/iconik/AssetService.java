package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.AssetsApi;
import io.github.iconikopentext.iconik.internal.RawTransport;
import io.github.iconikopentext.iconik.model.Approval;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.ApprovalVote;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetHistoryEntry;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.ListOptions;
import java.util.Objects;

/**
 * iconik assets: list, read, create, update, soft delete, restore and purge; an asset's history and approval.
 * Obtain it from {@link IconikClient#assets()}. Every method may throw the SDK's
 * {@link io.github.iconikopentext.core.error.SdkException} subclasses (e.g. {@code NotFoundException} for an
 * unknown id). Thread-safe.
 */
public final class AssetService {
  private static final String ASSETS = "assets";

  private final AssetsApi api;
  private final RawTransport transport;

  AssetService(AssetsApi api, RawTransport transport) {
    this.api = api;
    this.transport = transport;
  }

  /** All assets, lazily paged. */
  public PagedIterable<Asset> list() {
    return list(ListOptions.defaults());
  }

  /** All assets with the given page size and sort, lazily paged. */
  public PagedIterable<Asset> list(ListOptions options) {
    Objects.requireNonNull(options, "options == null");
    return transport.linked(() -> api.list(options.asQuery()), Asset.class);
  }

  public Asset get(String assetId) {
    return Responses.present(api.get(Args.requireText(assetId, "assetId")), "asset " + assetId);
  }

  /** Creates an asset; {@link AssetRequest#title()} is required. */
  public Asset create(AssetRequest input) {
    Objects.requireNonNull(input, "input == null");
    if (input.title() == null || input.title().isBlank()) {
      throw new IllegalArgumentException("an asset needs a title");
    }
    return Responses.present(api.create(input), "the created asset");
  }

  /** Changes the fields set in {@code changes} (PATCH); others stay as they are. */
  public Asset update(String assetId, AssetRequest changes) {
    Objects.requireNonNull(changes, "changes == null");
    return Responses.present(api.update(Args.requireText(assetId, "assetId"), changes), "asset " + assetId);
  }

  /** Soft-deletes an asset: it moves to the delete queue and can be restored until purged. */
  public void delete(String assetId) {
    api.delete(Args.requireText(assetId, "assetId"));
  }

  /** Restores a soft-deleted asset. */
  public void restore(String assetId) {
    api.restore(Args.requireText(assetId, "assetId"));
  }

  /** Deletes an asset for good, at once. */
  public void purge(String assetId) {
    api.purge(Args.requireText(assetId, "assetId"));
  }

  /** The asset's history, lazily paged. */
  public PagedIterable<AssetHistoryEntry> history(String assetId) {
    return history(assetId, ListOptions.defaults());
  }

  public PagedIterable<AssetHistoryEntry> history(String assetId, ListOptions options) {
    String id = Args.requireText(assetId, "assetId");
    Objects.requireNonNull(options, "options == null");
    return transport.linked(() -> api.history(id, options.asQuery()), AssetHistoryEntry.class);
  }

  /** The asset's approval state: status, request and votes. */
  public Approval approval(String assetId) {
    return Responses.present(api.approval(ASSETS, Args.requireText(assetId, "assetId")), "the approval of asset " + assetId);
  }

  /**
   * Requests approval of the asset from users or groups; its status becomes REQUESTED. iconik may process the
   * request in the background and return only {@link Approval#jobId()}.
   */
  public Approval requestApproval(String assetId, ApprovalRequest request) {
    Objects.requireNonNull(request, "request == null");
    return Responses.present(api.requestApproval(ASSETS, Args.requireText(assetId, "assetId"), request),
        "the approval request of asset " + assetId);
  }

  /** Votes on the asset's approval as the calling user: APPROVED or NOT_APPROVED. */
  public ApprovalVote setApproval(String assetId, ApprovalStatus vote) {
    Objects.requireNonNull(vote, "vote == null");
    if (vote != ApprovalStatus.APPROVED && vote != ApprovalStatus.NOT_APPROVED) {
      throw new IllegalArgumentException("a vote is APPROVED or NOT_APPROVED, not " + vote);
    }
    return Responses.present(api.vote(ASSETS, Args.requireText(assetId, "assetId"),
        new ApprovalVote(null, vote, null, null, null, null)), "the approval vote on asset " + assetId);
  }
}
