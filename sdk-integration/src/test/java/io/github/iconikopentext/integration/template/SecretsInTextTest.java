package io.github.iconikopentext.integration.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.routing.SignedHttpNotifier;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template problems and notifier errors name a URL by scheme and host, never by its user info. */
class SecretsInTextTest {

  @Test
  void aTemplateUrlWithUserInfo_isReportedWithoutIt() {
    String template = """
        {"schema": "iconik-opentext/template/v1", "name": "n",
         "iconik": {"webhooks": [{"name": "w", "event_type": "assets",
                                  "url": "http://admin:hunter2@hooks.example.com/in",
                                  "secret_header": {"name": "X-S", "secret": "env:HOOK_SECRET"}}]}}
        """;

    TemplateException e = catchThrowableOfType(TemplateException.class,
        () -> TemplateSource.parse(template, "t.json").resolve(new TemplateValues("dev", Map.of())));

    assertThat(e.problems()).extracting(TemplateProblem::path).contains("$.iconik.webhooks[0].url");
    assertThat(e.getMessage()).doesNotContain("hunter2").contains("http://hooks.example.com");
  }

  @Test
  void aNotifierUrlThatIsNotHttp_isNamedWithoutItsUserInfo() {
    assertThatThrownBy(() -> new SignedHttpNotifier("ftp://admin:hunter2@hooks.example.com/",
        Secret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), Clock.systemUTC()))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("hunter2")
        .hasMessageContaining("ftp://hooks.example.com");
  }
}
