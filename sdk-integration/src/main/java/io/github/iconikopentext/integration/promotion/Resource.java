package io.github.iconikopentext.integration.promotion;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One thing a template manages in an environment, in a comparable form: an iconik webhook or custom action, an
 * OpenText CMS folder, type or app. Secret values never appear in {@link #attributes()}; they are compared through
 * {@link #secretDigest()}, which is never printed.
 *
 * @param type the resource type, one of the {@code TYPE_…} constants
 * @param key what identifies it within its type (a webhook's name, a custom action's context and title, a path)
 * @param liveId the remote object's id when read from the environment, else {@code null}
 * @param attributes the compared attributes, sorted by name
 * @param secretDigest a digest of the secret values the resource carries (webhook header secrets), or {@code null}
 */
public record Resource(
    String type,
    String key,
    @Nullable String liveId,
    Map<String, String> attributes,
    @Nullable String secretDigest) {
  public static final String TYPE_ICONIK_WEBHOOK = "iconik.webhook";
  public static final String TYPE_ICONIK_CUSTOM_ACTION = "iconik.custom_action";
  public static final String TYPE_OPENTEXT_FOLDER = "opentext.folder";
  public static final String TYPE_OPENTEXT_CMS_TYPE = "opentext.cms_type";
  public static final String TYPE_OPENTEXT_APP = "opentext.app";

  public Resource {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(key, "key == null");
    attributes = Map.copyOf(new TreeMap<>(attributes));
  }

  /** {@code type/key}: unique within a plan. */
  public String address() {
    return type + "/" + key;
  }

  /** Whether the environment can only be checked for this resource, not changed (deployed types, apps). */
  public boolean checkOnly() {
    return type.equals(TYPE_OPENTEXT_CMS_TYPE) || type.equals(TYPE_OPENTEXT_APP);
  }

  @Override
  public String toString() {
    return address() + attributes + (secretDigest == null ? "" : " +secret");
  }
}
