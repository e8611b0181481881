package io.github.iconikopentext.testkit.hostile.example;

import io.github.iconikopentext.iconik.IconikEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.testkit.hostile.Answer;
import io.github.iconikopentext.testkit.hostile.HostileServer;
import org.junit.jupiter.api.Test;

/** The example of docs/testing-your-integration.md: a redirect to another host must not take the token along. */
class HostileServerExampleTest {

  @Test
  void aRedirectToAnotherHost_doesNotTakeTheTokenAlong() {
    try (HostileServer iconik = HostileServer.start(); HostileServer elsewhere = HostileServer.start()) {
      iconik.on("GET", "/API/assets/v1/assets/*", Answer.redirect(307, elsewhere.url("/collect")));
      Environment env = Environment.builder("test").endpoint(IconikEnvironment.ENDPOINT, iconik.baseUrl().toString()).build();
      IconikClient client = IconikClient.builder(env,
          StaticCredentialsProvider.of(Credential.of("my-app-id", Secret.of("my-auth-token")))).build();

      assertThatThrownBy(() -> client.assets().get("a-1")).isInstanceOf(SdkException.class);
      assertThat(elsewhere.requests()).noneMatch(request -> request.carries("my-auth-token"));
    }
  }
}
