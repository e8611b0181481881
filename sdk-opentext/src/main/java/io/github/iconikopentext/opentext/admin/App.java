package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.json.Strict;

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
public record App(@Strict String id, String name, String displayName, String version, String description,
    String tenantId) {}
