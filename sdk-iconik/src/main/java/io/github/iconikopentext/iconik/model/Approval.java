package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The approval state of an object (an asset): the request and the votes given so far. {@link #status()} is the
 * overall state ({@link ApprovalStatus#REQUESTED} while a request is open). When iconik accepts a request for
 * background processing (HTTP 202) only {@link #jobId()} is set. Immutable; lists are empty when absent.
 *
 * @param objectId the object's id
 * @param objectType the object's type, e.g. {@code assets}
 * @param status the overall status
 * @param userStatus the calling user's own vote
 * @param requestedBy who requested approval
 * @param requestDate when approval was requested
 * @param changeDate when the status last changed
 * @param minNumber how many approvals are needed
 * @param users users asked to approve
 * @param groups groups asked to approve
 * @param approvalsBy the votes given
 * @param versionId the asset version concerned
 * @param jobId the background job, when the request was accepted asynchronously
 */
public record Approval(
    @Json(name = "object_id") @Nullable String objectId,
    @Json(name = "object_type") @Nullable String objectType,
    @Nullable ApprovalStatus status,
    @Json(name = "user_status") @Nullable ApprovalStatus userStatus,
    @Json(name = "requested_by") @Nullable String requestedBy,
    @Json(name = "request_date") @Nullable Instant requestDate,
    @Json(name = "change_date") @Nullable Instant changeDate,
    @Json(name = "min_number") @Nullable Integer minNumber,
    List<String> users,
    List<String> groups,
    @Json(name = "approvals_by") List<ApprovalVote> approvalsBy,
    @Json(name = "version_id") @Nullable String versionId,
    @Json(name = "job_id") @Nullable String jobId) {

  public Approval {
    users = Nulls.list(users);
    groups = Nulls.list(groups);
    approvalsBy = Nulls.list(approvalsBy);
  }
}
