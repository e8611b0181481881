package io.github.iconikopentext.integration.promotion;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link Plan}: what will happen to one resource.
 *
 * @param action what apply will do
 * @param address {@code type/key} of the resource
 * @param desired the resource as the template wants it (null for a delete)
 * @param live the resource as read from the environment (null for a create)
 * @param differences human-readable differences, e.g. {@code url: "https://a" -> "https://b"} or
 *     {@code secret header value differs}; never a secret value
 */
public record Change(
    Action action,
    String address,
    @Nullable Resource desired,
    @Nullable Resource live,
    List<String> differences) {

  /** What apply does with a resource. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE,
    UNCHANGED,
    /** A check-only resource (a deployed CMS type, an app) is missing or differs: apply cannot fix it. */
    UNSATISFIED
  }

  public Change {
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(address, "address == null");
    differences = List.copyOf(differences);
  }

  @Override
  public String toString() {
    String sign = switch (action) {
      case CREATE -> "+";
      case UPDATE -> "~";
      case DELETE -> "-";
      case UNCHANGED -> "=";
      case UNSATISFIED -> "!";
    };
    return sign + " " + address + (differences.isEmpty() ? "" : " (" + String.join("; ", differences) + ")");
  }
}
