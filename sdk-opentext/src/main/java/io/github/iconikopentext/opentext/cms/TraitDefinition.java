package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CMS trait definition ({@code GET /trait-definitions/{trait}}): a reusable attribute group attached to instances
 * by name. Components the server omits are {@code null}.
 *
 * @param name the system name
 * @param namespace the namespace prefix
 * @param displayName the label
 * @param description the description
 * @param attributes the attributes
 */
public record TraitDefinition(
    @Nullable String name,
    @Nullable String namespace,
    @Json(name = "display_name") @Nullable String displayName,
    @Nullable String description,
    List<AttributeDefinition> attributes) {}
