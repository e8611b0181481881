package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a CMS type or trait definition. Components the server omits are {@code null}.
 *
 * @param name the system name
 * @param dataType the data type
 * @param displayName the label shown to users
 * @param description the description
 * @param required whether a value is required
 * @param repeating whether the attribute holds a list of values
 * @param size the maximum length of a string attribute
 */
public record AttributeDefinition(
    @Nullable String name,
    @Json(name = "data_type") @Nullable AttributeType dataType,
    @Json(name = "display_name") @Nullable String displayName,
    @Nullable String description,
    @Nullable Boolean required,
    @Nullable Boolean repeating,
    @Nullable Integer size) {}
