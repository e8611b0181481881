package io.github.iconikopentext.integration;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.promotion.LivePromotionTarget;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.ClientType;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One environment of both systems on the simulators, with clients that retry without waiting, the CMS type and the
 * Developer Admin app the example template expects, and the secrets it references.
 */
public final class Systems implements AutoCloseable {
  public static final String WEBHOOK_SECRET = "shared-secret-for-iconik-hooks-0123456789";
  public static final Map<String, String> SECRETS = Map.of(
      "ICONIK_WEBHOOK_SECRET", WEBHOOK_SECRET,
      "ICONIK_AUTH_TOKEN", "unused-in-tests",
      "OPENTEXT_CLIENT_SECRET", "unused-in-tests",
      "REVIEW_HOOK_SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

  final String name;
  final IconikSimulator iconikSim = IconikSimulator.start();
  final OpenTextSimulator openTextSim = OpenTextSimulator.builder().cmsRequestsPerSecond(0).start();
  final IconikClient iconik;
  final OpenTextClient openText;
  final SecretResolvers resolvers = SecretResolvers.builder().environment(SECRETS).build();

  public static Systems start(String name) {
    return new Systems(name);
  }

  private Systems(String name) {
    this.name = name;
    HttpOptions fast = HttpOptions.builder().sleeper(d -> { })
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)).build();
    this.iconik = IconikClient.builder(iconikSim.environment(), iconikSim.credentials()).httpOptions(fast).build();
    this.openText = OpenTextClient.builder(openTextSim.environment(name))
        .clientCredentials(openTextSim.clientCredentials()).httpOptions(fast).build();
    openTextSim.seedTypeDefinition(new TypeDefinition("media_asset", "demo", "Media asset", null, Category.FILE,
        null, List.of()));
    String appId = openTextSim.seedApp("org-" + name,
        new App(null, "iconik-bridge-" + name, "iconik bridge", "1", null, openTextSim.tenantId()));
    openTextSim.seedServiceClient("org-" + name, appId,
        new ServiceClient(null, "bridge-" + name + "-client", "confidential", ClientType.CONFIDENTIAL, List.of()));
  }

  public String name() {
    return name;
  }

  public IconikClient iconik() {
    return iconik;
  }

  public OpenTextClient openText() {
    return openText;
  }

  public SecretResolvers resolvers() {
    return resolvers;
  }

  public IconikSimulator iconikSim() {
    return iconikSim;
  }

  public OpenTextSimulator openTextSim() {
    return openTextSim;
  }

  /** A promotion target over this environment's clients. */
  public LivePromotionTarget target() {
    return new LivePromotionTarget(name, iconik, openText, "org-" + name, null);
  }

  /** The example template resolved with this environment's values. */
  public IntegrationTemplate template() {
    return template(name);
  }

  public static IntegrationTemplate template(String environment) {
    try {
      Path values = Files.createTempFile("values-" + environment, ".json");
      Files.writeString(values, resource("values-" + environment + ".json"));
      return TemplateSource.parse(resource("approved-media.json"), "approved-media.json")
          .resolve(TemplateValues.read(environment, values));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String resource(String name) throws IOException {
    try (InputStream in = Systems.class.getResourceAsStream("/templates/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    iconikSim.close();
    openTextSim.close();
  }
}
