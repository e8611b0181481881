package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.json.Strict;
import org.jspecify.annotations.Nullable;

/**
 * An app of an organization: the unit that owns service clients and is subscribed into tenants. Shape UNCONFIRMED
 * (modelled on the Admin Center console): components the server omits are {@code null}.
 *
 * @param id the app id
 * @param name the app (system) name
 * @param displayName the display name
 * @param version the version
 * @param description the description
 * @param tenantId the tenant the app belongs to
 */
public record App(
    @Strict @Nullable String id,
    @Nullable String name,
    @Nullable String displayName,
    @Nullable String version,
    @Nullable String description,
    @Nullable String tenantId) {}
