package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One user's approval vote on an object. Immutable; any component may be {@code null}.
 *
 * @param user the voting user's id
 * @param status the vote
 * @param changeDate when the vote was given
 * @param external an external approver's e-mail, for votes from shares
 * @param objectId the object voted on
 * @param objectType its type, e.g. {@code assets}
 */
public record ApprovalVote(
    @Nullable String user,
    @Nullable ApprovalStatus status,
    @Json(name = "change_date") @Nullable Instant changeDate,
    @Nullable String external,
    @Json(name = "object_id") @Nullable String objectId,
    @Json(name = "object_type") @Nullable String objectType) {}
