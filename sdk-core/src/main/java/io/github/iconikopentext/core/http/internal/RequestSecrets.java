package io.github.iconikopentext.core.http.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The exact secret values one request carries, so that an error body echoing any of them can be scrubbed
 * ({@link Redaction}). Found by themselves: the values of sensitive headers (and the credential inside a
 * {@code Bearer} or {@code Basic} value) and of secret-looking query parameters. Secrets in a request body (a client
 * secret in a token request) are declared by the caller as a request tag of this type (Retrofit's {@code @Tag}).
 * {@code toString()} shows only the count. Not part of the API.
 *
 * @param values the secret values
 */
public record RequestSecrets(List<String> values) {

  public RequestSecrets {
    values = values.stream().filter(Objects::nonNull).toList();
  }

  public static RequestSecrets of(String... values) {
    return new RequestSecrets(List.of(values));
  }

  /** Every secret {@code request} carries in its headers, query and {@link RequestSecrets} tag. */
  public static List<String> carriedBy(Request request) {
    Set<String> found = new LinkedHashSet<>();
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      if (Redaction.isSensitiveHeader(headers.name(i))) {
        addHeaderValue(found, headers.value(i));
      }
    }
    HttpUrl url = request.url();
    for (int i = 0; i < url.querySize(); i++) {
      if (Redaction.isSecretName(url.queryParameterName(i))) {
        found.add(url.queryParameterValue(i));
      }
    }
    RequestSecrets tagged = request.tag(RequestSecrets.class);
    if (tagged != null) {
      found.addAll(tagged.values());
    }
    found.remove(null);
    return List.copyOf(found);
  }

  /** The forms in which a server may echo {@code secret}: as it is, form-encoded and percent-encoded. */
  static List<String> encodings(String secret) {
    List<String> forms = new ArrayList<>(3);
    forms.add(secret);
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    if (!form.equals(secret)) {
      forms.add(form);
      String percent = form.replace("+", "%20");
      if (!percent.equals(form)) {
        forms.add(percent);
      }
    }
    return forms;
  }

  private static void addHeaderValue(Set<String> found, String value) {
    found.add(value);
    int space = value.indexOf(' ');
    if (space < 0) {
      return;
    }
    String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
    String credential = value.substring(space + 1).strip();
    found.add(credential);
    if (scheme.equals("basic")) {
      try {
        String decoded = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        found.add(colon < 0 ? decoded : decoded.substring(colon + 1));
      } catch (IllegalArgumentException notBase64) {
        // Not a Basic credential after all: the raw value is already listed.
      }
    }
  }

  @Override
  public String toString() {
    return "RequestSecrets{" + values.size() + " values}";
  }
}
