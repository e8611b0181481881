package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An object in a collection's contents whose {@code object_type} is neither {@code assets} nor {@code collections}:
 * kept whole, so nothing is lost. Immutable.
 *
 * @param id the object's id, if it has one
 * @param objectType what iconik calls the object's type
 * @param json every member of the object as parsed JSON (maps, lists, strings, numbers, booleans)
 */
public record OtherContent(
    @Nullable String id,
    @Json(name = "object_type") @Nullable String objectType,
    Map<String, Object> json)
    implements CollectionContent {

  public OtherContent {
    json = Nulls.map(json);
  }
}
