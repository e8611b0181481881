package io.github.iconikopentext.iconik;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients of the iconik client tests, pointed at a WireMock server; waits are recorded, not slept. */
final class TestClients {
  static final String APP_ID = "a9999999-9999-4999-8999-999999999999";
  static final String TOKEN = "token-secret-value-1";

  /** The waits requested from the sleeper of the last client built. */
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  IconikClient client(String baseUrl) {
    return client(baseUrl, StaticCredentialsProvider.of(APP_ID, TOKEN));
  }

  IconikClient client(String baseUrl, CredentialsProvider credentials) {
    return IconikClient.builder(environment(baseUrl), credentials)
        .httpOptions(HttpOptions.builder()
            .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
            .sleeper(waits::add)
            .build())
        .build();
  }

  static Environment environment(String baseUrl) {
    return Environment.builder("test").endpoint(IconikEnvironment.ENDPOINT, baseUrl).build();
  }
}
