package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.json.Strict;
import org.jspecify.annotations.Nullable;

/**
 * A group of a tenant (confirmed members: {@code id}, {@code name}, {@code description}).
 *
 * @param id the group id
 * @param name the name
 * @param description the description, or {@code null}
 */
public record AdminGroup(@Strict String id, String name, @Nullable String description) {}
