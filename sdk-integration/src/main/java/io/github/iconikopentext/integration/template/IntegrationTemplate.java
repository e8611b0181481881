package io.github.iconikopentext.integration.template;

import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.integration.template.TemplateModel.CredentialRef;
import io.github.iconikopentext.integration.template.TemplateModel.IconikSpec;
import io.github.iconikopentext.integration.template.TemplateModel.MappingRef;
import io.github.iconikopentext.integration.template.TemplateModel.OpenTextSpec;
import io.github.iconikopentext.integration.template.TemplateModel.RoutingRule;
import io.github.iconikopentext.integration.template.TemplateModel.TargetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An integration template with its placeholders filled for one environment: what the integration subscribes to in
 * iconik, how it maps metadata, how it routes asset-state events, where it writes in OpenText, and which credentials
 * it needs — as secret references, never values. Produced by {@link TemplateSource#resolve(TemplateValues)}.
 *
 * @param name the template's name
 * @param description free text, or null
 * @param environment the environment the values were for
 * @param templateHash SHA-256 of the template's canonical JSON (placeholders unfilled)
 * @param valuesHash SHA-256 of the environment's values
 * @param iconik the iconik webhooks and custom actions
 * @param mapping the metadata mapping, or null
 * @param routing the routing rules
 * @param opentext the OpenText targets, or null
 * @param targets named transfer/notification targets
 * @param credentials named credentials (e.g. {@code iconik}, {@code opentext})
 */
public record IntegrationTemplate(
    String name,
    @Nullable String description,
    String environment,
    String templateHash,
    String valuesHash,
    IconikSpec iconik,
    @Nullable MappingRef mapping,
    List<RoutingRule> routing,
    @Nullable OpenTextSpec opentext,
    Map<String, TargetSpec> targets,
    Map<String, CredentialRef> credentials) {

  public IntegrationTemplate {
    Objects.requireNonNull(name, "name == null");
    routing = routing == null ? List.of() : List.copyOf(routing);
    targets = targets == null ? Map.of() : Map.copyOf(targets);
    credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
    iconik = iconik == null ? new IconikSpec(List.of(), List.of()) : iconik;
  }

  /** Every secret reference of the template, with its JSON path. */
  public Map<String, String> secretReferences() {
    Map<String, String> refs = new java.util.TreeMap<>();
    List<TemplateModel.WebhookSubscription> hooks = iconik.webhooks() == null ? List.of() : iconik.webhooks();
    for (int i = 0; i < hooks.size(); i++) {
      if (hooks.get(i).secretHeader() != null && hooks.get(i).secretHeader().secret() != null) {
        refs.put("$.iconik.webhooks[" + i + "].secret_header.secret", hooks.get(i).secretHeader().secret());
      }
    }
    targets.forEach((k, t) -> {
      if (t.secret() != null) {
        refs.put("$.targets." + k + ".secret", t.secret());
      }
    });
    credentials.forEach((k, c) -> {
      if (c.secret() != null) {
        refs.put("$.credentials." + k + ".secret", c.secret());
      }
    });
    return refs;
  }

  /**
   * Checks that every secret reference resolves, without revealing any value: a problem names the path and the
   * reference, and says why it did not resolve.
   */
  public List<TemplateProblem> checkSecrets(SecretResolvers resolvers) {
    List<TemplateProblem> problems = new ArrayList<>();
    secretReferences().forEach((path, ref) -> {
      try {
        resolvers.resolve(SecretReference.parse(ref));
      } catch (SdkException e) {
        problems.add(new TemplateProblem(path, e.getMessage()));
      }
    });
    return problems;
  }
}
