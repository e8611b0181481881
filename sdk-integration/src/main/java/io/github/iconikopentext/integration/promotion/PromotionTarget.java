package io.github.iconikopentext.integration.promotion;

import io.github.iconikopentext.core.credentials.Secret;
import java.util.List;
import java.util.Map;

/**
 * The environment a template is promoted into, as {@link Promotion} sees it: it reads the resources a template
 * manages and creates, updates or deletes them. {@link LivePromotionTarget} implements it over the iconik and
 * OpenText clients; tests may implement it over simulators.
 *
 * <p>Implementations read only what they may manage: iconik webhooks and custom actions marked as managed by the
 * template (see {@link #MANAGED_MARKER}), and the OpenText folder, type and app the template names.
 */
public interface PromotionTarget {
  /** Written into the description of every iconik object a template creates, followed by the template's name. */
  String MANAGED_MARKER = "managed-by: iconik-opentext template ";

  /** The environment's name, e.g. {@code prod}. */
  String environment();

  /** The live state of the resources that {@code desired} names, plus every managed resource of {@code template}. */
  List<Resource> read(String templateName, List<Resource> desired);

  /** Creates {@code desired}; {@code secrets} holds secret values by attribute (e.g. a webhook header name). */
  void create(String templateName, Resource desired, Map<String, Secret> secrets);

  /** Updates {@code live} to look like {@code desired}. */
  void update(String templateName, Resource live, Resource desired, Map<String, Secret> secrets);

  /** Deletes a managed resource. */
  void delete(Resource live);
}
