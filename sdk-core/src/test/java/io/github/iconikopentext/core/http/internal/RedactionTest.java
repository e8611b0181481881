package io.github.iconikopentext.core.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redaction is linear whatever the text (bodies that took about 70 s of backtracking before are checked against a
 * generous 5-second guard; the speed itself is JMH's business), masks what looks secret and every exact secret a
 * request carried, and truncates before it masks without letting a cut-off secret through.
 */
class RedactionTest {
  private static final int KIB_64 = 64 * 1024;
  private static final Duration GUARD = Duration.ofSeconds(5);

  @ParameterizedTest(name = "64 KiB of {0}")
  @ValueSource(strings = {"a", "a_", "\"", "\"a", "a=", "token", "\": \"", "Bearer ", "%2", "a\\"})
  void masking64KiBOfAnyRepetition_staysLinear_andStillFindsTheSecret(String unit) {
    String body = unit.repeat(KIB_64 / unit.length()) + " client_secret=s3cr3t-value&x=1";

    String masked = assertTimeoutPreemptively(GUARD, () -> Redaction.mask(body));
    String excerpt = assertTimeoutPreemptively(GUARD, () -> Redaction.excerpt(body, KIB_64 * 2));

    assertThat(masked).doesNotContain("s3cr3t-value");
    assertThat(excerpt).doesNotContain("s3cr3t-value");
  }

  @Test
  void anExcerptIsCutBeforeItIsMasked_andACutOffSecretIsStillMasked() {
    String body = "{\"message\": \"bad\", \"client_secret\": \"" + "s".repeat(2000) + "\"}";

    String excerpt = Redaction.excerpt(body, 60);

    assertThat(excerpt).hasSizeLessThanOrEqualTo(61).doesNotContain("sss").endsWith("…");
  }

  @Test
  void theExactSecretsARequestCarried_areScrubbed_evenEncodedOrCutOff() {
    String secret = "tok+en/with spaces";
    String body = "bad token " + secret + ", encoded tok%2Ben%2Fwith+spaces, again tok%2Ben%2Fwith%20spaces";

    assertThat(Redaction.excerpt(body, 300, List.of(secret))).doesNotContain("tok+en", "tok%2Ben")
        .contains("bad token ****");
    String cut = "x".repeat(300) + "tok+en/wi";
    assertThat(Redaction.excerpt(cut + "th spaces and more".repeat(200), 310, List.of(secret)))
        .doesNotContain("tok+en");
  }

  @Test
  void aBearerTokenAsAFieldValue_isMasked() {
    assertThat(Redaction.mask("access_token=Bearer eyJ.abc.def&next=1")).isEqualTo("access_token=****&next=1");
    assertThat(Redaction.mask("authorization=Basic dXNlcjpwYXNz")).isEqualTo("authorization=****");
    assertThat(Redaction.mask("Authorization: Bearer eyJ.abc.def")).doesNotContain("eyJ");
  }

  @Test
  void secretLookingJsonMembers_areMasked_stringOrNot() {
    assertThat(Redaction.mask("{\"password\": 123456, \"api_key\": \"k\\\"ey\", \"name\": \"n\"}"))
        .isEqualTo("{\"password\": ****, \"api_key\": \"****\", \"name\": \"n\"}");
  }

  @Test
  void requestSecrets_findHeaderQueryBasicAndTaggedValues() {
    okhttp3.Request request = new okhttp3.Request.Builder()
        .url("https://x.test/p?access_token=q-secret&page=2")
        .header("Auth-Token", "h-secret")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("id:b-secret".getBytes()))
        .tag(RequestSecrets.class, RequestSecrets.of("body-secret"))
        .build();

    assertThat(RequestSecrets.carriedBy(request)).contains("q-secret", "h-secret", "b-secret", "body-secret")
        .doesNotContain("2", "id");
  }
}
