package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An iconik user, e.g. the one an application token acts as. Immutable; any component may be {@code null},
 * {@link #groups()} is empty when absent.
 *
 * @param id the user id
 * @param firstName the first name
 * @param lastName the last name
 * @param email the e-mail address
 * @param systemDomainId the user's system domain
 * @param status INACTIVE, ACTIVE, BLOCKED or DELETED (as text)
 * @param type POWER, STANDARD, BROWSE_ONLY or BROWSE_API_ONLY (as text)
 * @param isAdmin whether the user administers the domain
 * @param groups ids of the user's groups
 */
public record User(
    @Nullable String id,
    @Json(name = "first_name") @Nullable String firstName,
    @Json(name = "last_name") @Nullable String lastName,
    @Nullable String email,
    @Json(name = "system_domain_id") @Nullable String systemDomainId,
    @Nullable String status,
    @Nullable String type,
    @Json(name = "is_admin") @Nullable Boolean isAdmin,
    List<String> groups) {

  public User {
    groups = Nulls.list(groups);
  }
}
