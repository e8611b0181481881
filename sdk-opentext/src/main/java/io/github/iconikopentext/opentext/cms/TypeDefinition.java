package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CMS type definition ({@code GET /type-definitions/{type}}), as deployed from an {@code .ottype} file. Components
 * the server omits are {@code null}.
 *
 * @param name the system name, e.g. {@code ca_contract}
 * @param namespace the namespace prefix
 * @param displayName the label
 * @param description the description
 * @param category the category its instances belong to
 * @param parent the parent type's name
 * @param attributes the attributes, when embedded
 */
public record TypeDefinition(
    @Nullable String name,
    @Nullable String namespace,
    @Json(name = "display_name") @Nullable String displayName,
    @Nullable String description,
    @Nullable Category category,
    @Nullable String parent,
    List<AttributeDefinition> attributes) {}
