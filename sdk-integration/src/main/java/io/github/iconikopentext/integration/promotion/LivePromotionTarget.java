package io.github.iconikopentext.integration.promotion;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.CustomAction;
import io.github.iconikopentext.iconik.model.CustomActionContext;
import io.github.iconikopentext.iconik.model.CustomActionRequest;
import io.github.iconikopentext.iconik.model.CustomActionType;
import io.github.iconikopentext.iconik.model.Webhook;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import io.github.iconikopentext.integration.internal.CmsFolders;
import io.github.iconikopentext.integration.promotion.internal.Fingerprint;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link PromotionTarget} over the real clients: iconik webhooks and custom actions, an OpenText CMS folder path,
 * CMS type definition and Developer Admin app.
 *
 * <p>Ownership: a webhook is managed by a template when its description is {@link #MANAGED_MARKER} + the template's
 * name; a custom action when it carries the header {@value #MANAGED_HEADER} with the template's name (custom actions
 * have no description). Nothing else is ever updated or deleted. Thread-safe if the clients are.
 */
public final class LivePromotionTarget implements PromotionTarget {
  /** The header that marks a custom action as managed by a template. */
  public static final String MANAGED_HEADER = "X-Managed-By-Template";

  private final String environment;
  private final IconikClient iconik;
  private final OpenTextClient openText;
  private final String organizationId;
  private final String folderType;

  /**
   * @param environment the environment's name
   * @param iconik the iconik client of that environment
   * @param openText the OpenText client of that environment, or null when the template has no OpenText part
   * @param organizationId the OpenText organization that owns the app, or null to skip app checks
   * @param folderType the CMS folder type used to find and create folders, e.g. {@code cms_folder}
   */
  public LivePromotionTarget(String environment, IconikClient iconik, OpenTextClient openText,
      String organizationId, String folderType) {
    this.environment = Objects.requireNonNull(environment, "environment == null");
    this.iconik = Objects.requireNonNull(iconik, "iconik == null");
    this.openText = openText;
    this.organizationId = organizationId;
    this.folderType = folderType == null ? CmsFolders.DEFAULT_FOLDER_TYPE : folderType;
  }

  @Override
  public String environment() {
    return environment;
  }

  @Override
  public List<Resource> read(String templateName, List<Resource> desired) {
    List<Resource> out = new ArrayList<>();
    String marker = MANAGED_MARKER + templateName;
    for (Webhook w : iconik.webhooks().list()) {
      if (marker.equals(w.description())) {
        out.add(webhook(w));
      }
    }
    for (CustomActionContext context : contexts(desired)) {
      for (CustomAction a : iconik.customActions().list(context)) {
        if (templateName.equals(a.headers().get(MANAGED_HEADER))) {
          Map<String, String> attrs = new HashMap<>();
          put(attrs, "url", a.url());
          put(attrs, "type", a.type() == null ? null : a.type().name());
          out.add(new Resource(Resource.TYPE_ICONIK_CUSTOM_ACTION, a.context() + ":" + a.title(), a.id(), attrs,
              null));
        }
      }
    }
    for (Resource r : desired) {
      switch (r.type()) {
        case Resource.TYPE_OPENTEXT_FOLDER -> {
          String id = findFolder(r.key(), false);
          if (id != null) {
            out.add(new Resource(r.type(), r.key(), id, Map.of(), null));
          }
        }
        case Resource.TYPE_OPENTEXT_CMS_TYPE -> {
          try {
            openText().cms().typeDefinition(r.key());
            out.add(new Resource(r.type(), r.key(), r.key(), Map.of(), null));
          } catch (NotFoundException missing) {
            // absent: the plan reports it as unsatisfied
          }
        }
        case Resource.TYPE_OPENTEXT_APP -> readApp(r).ifPresent(out::add);
        default -> { }
      }
    }
    return out;
  }

  @Override
  public void create(String templateName, Resource desired, Map<String, Secret> secrets) {
    switch (desired.type()) {
      case Resource.TYPE_ICONIK_WEBHOOK -> iconik.webhooks().create(webhookInput(templateName, desired, secrets));
      case Resource.TYPE_ICONIK_CUSTOM_ACTION -> iconik.customActions().create(actionInput(templateName, desired));
      case Resource.TYPE_OPENTEXT_FOLDER -> findFolder(desired.key(), true);
      default -> throw new UnsupportedOperationException(desired.type() + " cannot be created by promotion");
    }
  }

  @Override
  public void update(String templateName, Resource live, Resource desired, Map<String, Secret> secrets) {
    switch (desired.type()) {
      case Resource.TYPE_ICONIK_WEBHOOK ->
          iconik.webhooks().update(live.liveId(), webhookInput(templateName, desired, secrets));
      case Resource.TYPE_ICONIK_CUSTOM_ACTION -> iconik.customActions().update(context(desired), live.liveId(),
          actionInput(templateName, desired));
      default -> throw new UnsupportedOperationException(desired.type() + " cannot be updated by promotion");
    }
  }

  @Override
  public void delete(Resource live) {
    switch (live.type()) {
      case Resource.TYPE_ICONIK_WEBHOOK -> iconik.webhooks().delete(live.liveId());
      case Resource.TYPE_ICONIK_CUSTOM_ACTION -> iconik.customActions().delete(context(live), live.liveId());
      default -> throw new UnsupportedOperationException(live.type() + " is never deleted by promotion");
    }
  }

  private static Resource webhook(Webhook w) {
    Map<String, String> attrs = new HashMap<>();
    put(attrs, "event_type", w.eventType());
    put(attrs, "realm", w.realm());
    put(attrs, "operation", w.operation());
    put(attrs, "query", w.query());
    put(attrs, "url", w.url());
    String digest = null;
    if (w.headers().size() == 1) {
      Map.Entry<String, String> header = w.headers().entrySet().iterator().next();
      put(attrs, "secret_header", header.getKey());
      digest = Fingerprint.secretDigest(Secret.of(header.getValue()));
    }
    return new Resource(Resource.TYPE_ICONIK_WEBHOOK, w.name() == null ? w.id() : w.name(), w.id(), attrs, digest);
  }

  private static WebhookRequest webhookInput(String templateName, Resource r, Map<String, Secret> secrets) {
    Map<String, String> a = r.attributes();
    WebhookRequest.Builder b = WebhookRequest.builder(a.get("url"), a.get("event_type"))
        .realm(a.get("realm")).operation(a.get("operation")).query(a.get("query"))
        .name(r.key()).description(MANAGED_MARKER + templateName);
    secrets.forEach((header, secret) -> b.header(header, secret.reveal()));
    return b.build();
  }

  private static CustomActionRequest actionInput(String templateName, Resource r) {
    String title = r.key().substring(r.key().indexOf(':') + 1);
    return CustomActionRequest.builder(context(r), title, r.attributes().get("url"))
        .type(CustomActionType.valueOf(r.attributes().getOrDefault("type", "POST").toUpperCase(Locale.ROOT)))
        .header(MANAGED_HEADER, templateName)
        .build();
  }

  private static CustomActionContext context(Resource r) {
    return CustomActionContext.valueOf(r.key().substring(0, r.key().indexOf(':')));
  }

  private static List<CustomActionContext> contexts(List<Resource> desired) {
    List<CustomActionContext> out = new ArrayList<>();
    for (Resource r : desired) {
      if (r.type().equals(Resource.TYPE_ICONIK_CUSTOM_ACTION) && !out.contains(context(r))) {
        out.add(context(r));
      }
    }
    return out;
  }

  private String findFolder(String path, boolean create) {
    return CmsFolders.resolve(openText(), folderType, path, create);
  }

  private java.util.Optional<Resource> readApp(Resource desired) {
    if (organizationId == null) {
      return java.util.Optional.empty();
    }
    for (App app : openText().admin().apps(organizationId)) {
      if (desired.key().equals(app.name())) {
        Map<String, String> attrs = new HashMap<>();
        String wanted = desired.attributes().get("client_id");
        for (ServiceClient client : openText().admin().clients(organizationId, app.id())) {
          if (client.clientId() != null && client.clientId().equals(wanted)) {
            attrs.put("client_id", client.clientId());
          }
        }
        return java.util.Optional.of(new Resource(desired.type(), desired.key(), app.id(), attrs, null));
      }
    }
    return java.util.Optional.empty();
  }

  private OpenTextClient openText() {
    if (openText == null) {
      throw new io.github.iconikopentext.core.error.ConfigurationException(
          "the template has OpenText resources but no OpenText client was given for " + environment);
    }
    return openText;
  }

  private static void put(Map<String, String> attrs, String name, String value) {
    if (value != null) {
      attrs.put(name, value);
    }
  }
}
