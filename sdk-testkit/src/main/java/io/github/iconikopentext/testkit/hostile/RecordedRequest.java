package io.github.iconikopentext.testkit.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as a {@link HostileServer} received it, byte for byte. Immutable.
 *
 * @param connection the number of the connection it came on (1 for the server's first connection)
 * @param exchange its position on that connection (1 for the first request; above 1 means the client reused it)
 * @param method the request method
 * @param target the request target as sent: path and query
 * @param headers the header fields in the order received, names as sent
 * @param body the request body, de-chunked; empty if none
 */
public record RecordedRequest(int connection, int exchange, String method, String target,
    List<Map.Entry<String, String>> headers, byte[] body) {

  public RecordedRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(target, "target == null");
    headers = List.copyOf(headers);
    body = body.clone();
  }

  /** The body bytes (a copy). */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The target without its query. */
  public String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** The first value of header {@code name} (case-insensitive), if present. */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether this request arrived on a connection that had carried an earlier request. */
  public boolean onReusedConnection() {
    return exchange > 1;
  }

  /**
   * Whether {@code secret} reached the server in this request in any form: as it is, form- or percent-encoded,
   * inside a {@code Basic} credential, anywhere in the request line, the headers or the body.
   */
  public boolean carries(String secret) {
    Objects.requireNonNull(secret, "secret == null");
    StringBuilder all = new StringBuilder(target).append('\n');
    for (Map.Entry<String, String> h : headers) {
      all.append(h.getKey()).append(": ").append(h.getValue()).append('\n');
      if (h.getKey().equalsIgnoreCase("Authorization")
          && h.getValue().toLowerCase(Locale.ROOT).startsWith("basic ")) {
        try {
          all.append(new String(Base64.getDecoder().decode(h.getValue().substring(6).strip()),
              StandardCharsets.UTF_8)).append('\n');
        } catch (IllegalArgumentException notBase64) {
          // Kept as it is above.
        }
      }
    }
    all.append(bodyText());
    String text = all.toString();
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return text.contains(secret) || text.contains(form) || text.contains(form.replace("+", "%20"));
  }

  /** Whether any of {@code secrets} reached the server in this request ({@link #carries(String)}). */
  public boolean carriesAny(java.util.Collection<String> secrets) {
    return secrets.stream().anyMatch(this::carries);
  }

  @Override
  public String toString() {
    return method + " " + target + " (connection " + connection + ", exchange " + exchange + ", " + body.length
        + " body bytes)";
  }
}
