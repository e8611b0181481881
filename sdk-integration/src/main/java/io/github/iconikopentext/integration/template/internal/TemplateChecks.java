package io.github.iconikopentext.integration.template.internal;

import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.internal.Hosts;
import io.github.iconikopentext.core.internal.UrlText;
import io.github.iconikopentext.integration.routing.internal.Router;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.template.TemplateProblem;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.transfer.PathTemplate;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The structural checks of a filled template. Not part of the API. */
public final class TemplateChecks {
  private static final Set<String> TARGET_KINDS = Set.of("opentext", "filesystem", "http", "s3", "sftp");
  private static final Pattern SECRET_OPTION = Pattern.compile(
      "(?i)secret|password|passphrase|token|private_key|access_key|credential");
  private static final Set<String> PATH_OPTIONS = Set.of("key_template", "path_template");

  private TemplateChecks() {}

  /** Every member named {@code secret} must hold a secret reference; the literal is never echoed. */
  public static void literalSecrets(Object node, String path, List<TemplateProblem> problems) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        String p = path + "." + k;
        if (String.valueOf(k).equals("secret") && v != null
            && !(v instanceof String s && SecretReference.looksLikeReference(s))) {
          problems.add(new TemplateProblem(p, "must be a secret reference such as env:NAME or file:/path;"
              + " literal secrets are not allowed in templates (the value is not shown)"));
        } else {
          literalSecrets(v, p, problems);
        }
      });
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        literalSecrets(list.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  /**
   * The options of an {@code s3} or {@code sftp} target: none may carry a secret (a credential names it, by
   * reference), and a path template must keep every file inside the target's root.
   */
  private static void remoteTargetOptions(Map<String, String> options, String path, List<TemplateProblem> problems) {
    options.forEach((name, value) -> {
      if (SECRET_OPTION.matcher(name).find()) {
        problems.add(new TemplateProblem(path + "." + name, "an option cannot carry a secret: name a credential"
            + " whose secret is a reference such as env:NAME (the value is not shown)"));
      } else if (PATH_OPTIONS.contains(name) && value != null) {
        try {
          PathTemplate.of(value);
        } catch (ConfigurationException e) {
          problems.add(new TemplateProblem(path + "." + name, e.getMessage()));
        }
      }
    });
  }

  public static void body(TemplateSource.Body body, List<TemplateProblem> problems) {
    if (!TemplateSource.SCHEMA.equals(body.schema())) {
      problems.add(new TemplateProblem("$.schema", "must be \"" + TemplateSource.SCHEMA + "\", was "
          + (body.schema() == null ? "missing" : "\"" + body.schema() + "\"")));
    }
    require(body.name(), "$.name", problems);
    if (body.iconik() != null && body.iconik().webhooks() != null) {
      Set<String> names = new HashSet<>();
      List<TemplateModel.WebhookSubscription> hooks = body.iconik().webhooks();
      for (int i = 0; i < hooks.size(); i++) {
        TemplateModel.WebhookSubscription w = hooks.get(i);
        String p = "$.iconik.webhooks[" + i + "]";
        require(w.name(), p + ".name", problems);
        require(w.eventType(), p + ".event_type", problems);
        url(w.url(), p + ".url", problems);
        if (w.name() != null && !names.add(w.name())) {
          problems.add(new TemplateProblem(p + ".name", "duplicate webhook name '" + w.name() + "'"));
        }
        if (w.secretHeader() != null) {
          require(w.secretHeader().name(), p + ".secret_header.name", problems);
          require(w.secretHeader().secret(), p + ".secret_header.secret", problems);
        }
      }
    }
    if (body.iconik() != null && body.iconik().customActions() != null) {
      List<TemplateModel.CustomActionSpec> actions = body.iconik().customActions();
      for (int i = 0; i < actions.size(); i++) {
        String p = "$.iconik.custom_actions[" + i + "]";
        require(actions.get(i).context(), p + ".context", problems);
        require(actions.get(i).title(), p + ".title", problems);
        url(actions.get(i).url(), p + ".url", problems);
      }
    }
    Map<String, TemplateModel.TargetSpec> targets = body.targets() == null ? Map.of() : body.targets();
    targets.forEach((name, t) -> {
      String p = "$.targets." + name;
      if (t.kind() == null || !TARGET_KINDS.contains(t.kind())) {
        problems.add(new TemplateProblem(p + ".kind", "must be one of " + TARGET_KINDS));
      } else if (t.kind().equals("filesystem")) {
        require(t.path(), p + ".path", problems);
      } else if (t.kind().equals("http")) {
        url(t.url(), p + ".url", problems);
      } else if (t.kind().equals("s3") || t.kind().equals("sftp")) {
        if (t.url() == null || !t.url().startsWith(t.kind() + "://")) {
          problems.add(new TemplateProblem(p + ".url", "must be a " + t.kind() + ":// location"));
        }
        remoteTargetOptions(t.options(), p + ".options", problems);
      }
      if (t.credential() != null && (body.credentials() == null || !body.credentials().containsKey(t.credential()))) {
        problems.add(new TemplateProblem(p + ".credential", "unknown credential '" + t.credential() + "'"));
      }
    });
    List<TemplateModel.RoutingRule> routing = body.routing() == null ? List.of() : body.routing();
    List<TemplateModel.WebhookSubscription> hooks = body.iconik() == null || body.iconik().webhooks() == null
        ? List.of() : body.iconik().webhooks();
    for (int i = 0; i < routing.size(); i++) {
      TemplateModel.RoutingRule r = routing.get(i);
      String p = "$.routing[" + i + "]";
      if (r.event() == null || !Router.EVENT_NAMES.contains(r.event())) {
        problems.add(new TemplateProblem(p + ".event", "must be one of " + new java.util.TreeSet<>(Router.EVENT_NAMES)));
      } else if (!hooks.isEmpty() && hooks.stream().noneMatch(
          w -> Router.deliveredBy(r.event(), w.eventType(), w.realm(), w.operation()))) {
        problems.add(new TemplateProblem(p + ".event", "no webhook in $.iconik.webhooks delivers " + r.event()
            + ": subscribe one with " + Router.subscriptionFor(r.event())));
      }
      if (r.action() == null || !Router.ACTIONS.contains(r.action())) {
        problems.add(new TemplateProblem(p + ".action", "must be one of " + new java.util.TreeSet<>(Router.ACTIONS)));
      }
      boolean needsTarget = "transfer".equals(r.action()) || "notify".equals(r.action());
      if (needsTarget && r.target() == null) {
        problems.add(new TemplateProblem(p + ".target", "action '" + r.action() + "' needs a target"));
      } else if (r.target() != null && !targets.containsKey(r.target()) && !r.target().equals("opentext")) {
        problems.add(new TemplateProblem(p + ".target", "unknown target '" + r.target() + "' (known: opentext, "
            + targets.keySet() + ")"));
      }
    }
    if (body.mapping() != null && body.mapping().profile() == null && body.mapping().spec() == null) {
      problems.add(new TemplateProblem("$.mapping", "needs either a profile name or an inline spec"));
    }
    if (body.credentials() != null) {
      body.credentials().forEach((name, c) -> {
        require(c.id(), "$.credentials." + name + ".id", problems);
        require(c.secret(), "$.credentials." + name + ".secret", problems);
      });
    }
  }

  private static void require(String value, String path, List<TemplateProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new TemplateProblem(path, "is required"));
    }
  }

  private static void url(String value, String path, List<TemplateProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new TemplateProblem(path, "is required"));
      return;
    }
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || uri.getHost() == null
          || !(uri.getScheme().equals("https") || uri.getScheme().equals("http") && Hosts.isLoopback(uri.getHost()))) {
        problems.add(new TemplateProblem(path, "must be an https URL (http only for loopback), was "
            + UrlText.describe(value)));
      }
    } catch (java.net.URISyntaxException e) {
      problems.add(new TemplateProblem(path, "is not a URL: " + e.getReason()));
    }
  }
}
