package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.nio.file.Path;
import java.util.Map;

/** README.md, "Running an integration" (the quick start is sdk-examples/consumer's QuickStart.java). */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

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
