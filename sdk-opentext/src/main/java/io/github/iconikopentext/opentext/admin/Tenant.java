package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.json.Strict;
import org.jspecify.annotations.Nullable;

/**
 * A tenant of an organization (dev, test and prod are usually separate tenants). Response shape UNCONFIRMED:
 * components the server omits are {@code null}.
 *
 * @param id the tenant id (the one in token URLs)
 * @param name the tenant's name
 * @param displayName the label
 * @param description the description
 * @param status the status as the server reports it
 */
public record Tenant(
    @Strict @Nullable String id,
    @Nullable String name,
    @Nullable String displayName,
    @Nullable String description,
    @Nullable String status) {}
