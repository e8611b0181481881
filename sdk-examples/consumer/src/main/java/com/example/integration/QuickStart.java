package com.example.integration;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.EnvironmentLoader;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.CredentialsProviderChain;
import io.github.iconikopentext.core.credentials.EnvironmentVariableCredentialsProvider;
import io.github.iconikopentext.core.credentials.ProfileCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.nio.file.Path;

/** Lists a few iconik assets with the files `iconik-opentext init .` writes: java QuickStart [dev|test|prod]. */
public final class QuickStart {
  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "dev";
    Environment environment = EnvironmentLoader.fromPropertiesFile(Path.of("environments.properties"), name);
    // Credentials: environment variables first, then profile [name] of the credentials file (secret references).
    CredentialsProvider iconikCredentials = CredentialsProviderChain.of(
        EnvironmentVariableCredentialsProvider.of("ICONIK_APP_ID", "ICONIK_AUTH_TOKEN"),
        ProfileCredentialsProvider.builder().file(Path.of("credentials")).profile(name)
            .keys("iconik_app_id", "iconik_auth_token").build());
    CredentialsProvider openTextCredentials = ProfileCredentialsProvider.builder().file(Path.of("credentials"))
        .profile(name).keys("opentext_client_id", "opentext_client_secret").build();
    HttpOptions options = HttpOptions.builder()
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(5))
        .rateLimit(RateLimit.perSecond(50).withBurst(100))
        .build();
    // Every client is AutoCloseable: closing it ends the SDK's threads.
    try (IconikClient iconik = IconikClient.builder(environment, iconikCredentials).httpOptions(options).build();
        OpenTextClient openText = OpenTextClient.builder(environment).clientCredentials(openTextCredentials)
            .httpOptions(options).build()) {
      iconik.assets().list().stream().limit(5)
          .forEach(asset -> System.out.println(asset.id() + "\t" + asset.title()));
      System.out.println("OpenText CMS at " + openText);
    }
  }
}
