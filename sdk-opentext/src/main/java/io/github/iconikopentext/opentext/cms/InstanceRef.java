package io.github.iconikopentext.opentext.cms;

import io.github.iconikopentext.core.internal.Args;
import java.util.Objects;

/**
 * Identifies one CMS instance: {@code /instances/{category}/{type}/{id}}.
 *
 * @param category the category; never {@link Category#UNKNOWN}
 * @param type the type's system name, e.g. {@code ca_contract}
 * @param id the instance id
 */
public record InstanceRef(Category category, String type, String id) {
  public InstanceRef {
    Objects.requireNonNull(category, "category == null");
    if (category == Category.UNKNOWN) {
      throw new IllegalArgumentException("an instance reference needs a known category, not UNKNOWN");
    }
    Args.requireText(type, "type");
    Args.requireText(id, "id");
  }

  public static InstanceRef file(String type, String id) {
    return new InstanceRef(Category.FILE, type, id);
  }

  public static InstanceRef folder(String type, String id) {
    return new InstanceRef(Category.FOLDER, type, id);
  }

  public static InstanceRef object(String type, String id) {
    return new InstanceRef(Category.OBJECT, type, id);
  }
}
