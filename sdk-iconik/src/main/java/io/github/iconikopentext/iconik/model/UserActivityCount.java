package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;

/**
 * One row of iconik's user audit statistics ({@code UserUsagesElasticSchema}): how many times a user did one kind
 * of thing in one period. These are counts, not events — asset history says which asset; use the statistics to
 * reconcile an audit trail or to find the users whose activity to look at. Immutable; any component may be
 * {@code null} (iconik marks none required).
 *
 * @param id the row id
 * @param userId the user
 * @param userName the user's name
 * @param userEmail the user's email address
 * @param type the kind of activity, as iconik names it (e.g. {@code DOWNLOAD}, {@code EXPORT}); kept as text, since
 *     the specification does not enumerate the values
 * @param date the period, as iconik writes it (a day or a month; the format is not specified)
 * @param count how many times
 * @param systemDomainId the iconik domain
 */
public record UserActivityCount(
    String id,
    @Json(name = "user_id") String userId,
    @Json(name = "user_name") String userName,
    @Json(name = "user_email") String userEmail,
    String type,
    String date,
    Long count,
    @Json(name = "system_domain_id") String systemDomainId) {}
