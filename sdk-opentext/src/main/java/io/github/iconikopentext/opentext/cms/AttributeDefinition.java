package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;

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
    String name,
    @Json(name = "data_type") AttributeType dataType,
    @Json(name = "display_name") String displayName,
    String description,
    Boolean required,
    Boolean repeating,
    Integer size) {}
