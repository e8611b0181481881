package io.github.iconikopentext.opentext.admin;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of creating or updating an app. Shape UNCONFIRMED, modelled on the Admin Center console's fields.
 *
 * @param name the app (system) name; required
 * @param displayName the display name, or {@code null}
 * @param version the version, or {@code null}
 * @param description the description, or {@code null}
 * @param tenantId the tenant, or {@code null}
 */
public record AppRequest(
    String name,
    @Nullable String displayName,
    @Nullable String version,
    @Nullable String description,
    @Nullable String tenantId) {
  public AppRequest {
    Objects.requireNonNull(name, "name == null");
  }

  public static AppRequest named(String name, String displayName) {
    return new AppRequest(name, displayName, null, null, null);
  }
}
