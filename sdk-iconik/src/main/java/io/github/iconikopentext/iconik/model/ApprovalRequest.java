package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request for approval of an object: whom to ask and how many approvals are needed. Immutable.
 *
 * @param users ids of users to ask
 * @param groups ids of groups to ask
 * @param minNumber approvals needed (iconik's default is 1); {@code null} for the default
 */
public record ApprovalRequest(
    List<String> users,
    List<String> groups,
    @Json(name = "min_number") @Nullable Integer minNumber) {

  public ApprovalRequest {
    users = List.copyOf(Objects.requireNonNull(users, "users == null"));
    groups = List.copyOf(Objects.requireNonNull(groups, "groups == null"));
    if (users.isEmpty() && groups.isEmpty()) {
      throw new IllegalArgumentException("an approval request needs at least one user or group");
    }
    if (minNumber != null && minNumber < 1) {
      throw new IllegalArgumentException("minNumber < 1: " + minNumber);
    }
  }

  /** Asks these users; one approval suffices. */
  public static ApprovalRequest ofUsers(String... userIds) {
    return new ApprovalRequest(List.of(userIds), List.of(), null);
  }

  /** Asks these groups; one approval suffices. */
  public static ApprovalRequest ofGroups(String... groupIds) {
    return new ApprovalRequest(List.of(), List.of(groupIds), null);
  }

  /** A copy that needs {@code n} approvals. */
  public ApprovalRequest withMinNumber(int n) {
    return new ApprovalRequest(users, groups, n);
  }
}
