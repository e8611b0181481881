package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.EnvironmentLoader;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.CredentialsProviderChain;
import io.github.iconikopentext.core.credentials.EnvironmentVariableCredentialsProvider;
import io.github.iconikopentext.core.credentials.ProfileCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.nio.file.Path;
import java.util.Map;

/** README.md. */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  static void usage() {
    Environment dev = EnvironmentLoader.fromPropertiesFile(Path.of("environments.properties"), "dev");
    CredentialsProvider iconikCredentials = CredentialsProviderChain.of(
        EnvironmentVariableCredentialsProvider.of("ICONIK_APP_ID", "ICONIK_AUTH_TOKEN"),
        ProfileCredentialsProvider.builder().profile("dev").keys("iconik_app_id", "iconik_auth_token").build());
    HttpOptions options = HttpOptions.builder()
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(5))
        .rateLimit(RateLimit.perSecond(50).withBurst(100))
        .build();
    // Every client of the SDK is built from an Environment, a CredentialsProvider and HttpOptions.
    System.out.println("iconik at " + IconikEnvironment.baseUrl(dev) + " as " + iconikCredentials.resolveCredential().id());
    System.out.println(options.retryPolicy());
  }

  static int runtime(Environment dev, CredentialsProvider iconikCredentials, CredentialsProvider openTextCredentials,
      String governanceViewId, Map<String, String> requestHeaders, byte[] requestBody) {
    IntegrationTemplate template = TemplateSource.read(Path.of("approved-media.json"))
        .resolve(TemplateValues.read("dev", Path.of("values-dev.json")));
    IntegrationRuntime runtime = IntegrationRuntime.builder(template, IconikClient.builder(dev, iconikCredentials).build())
        .openText(OpenTextClient.builder(dev).clientCredentials(openTextCredentials).build())
        .metadataView(governanceViewId)
        .build();
    // In the HTTP endpoint iconik's webhooks call: verify, de-duplicate, route (transfer, notify, metadata sync).
    int status = runtime.receive(WebhookHeaders.of(requestHeaders), requestBody).httpStatus();
    return status;
  }
}
