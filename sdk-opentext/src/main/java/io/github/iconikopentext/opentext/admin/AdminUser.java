package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.json.Strict;

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
public record AdminUser(@Strict String id, String userName, String firstName, String lastName, String email,
    String status) {}
