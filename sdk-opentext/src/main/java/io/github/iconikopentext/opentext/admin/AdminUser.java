package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.json.Strict;
import org.jspecify.annotations.Nullable;

/**
 * A user of a tenant (confirmed members: {@code id}, {@code firstName}, {@code lastName}, {@code email}). Components
 * the server omits are {@code null}.
 *
 * @param id the user id
 * @param userName the login name, if reported
 * @param firstName the first name
 * @param lastName the last name
 * @param email the e-mail address
 * @param status the status as the server reports it
 */
public record AdminUser(
    @Strict @Nullable String id,
    @Nullable String userName,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    @Nullable String status) {}
