package io.github.iconikopentext.opentext.admin;

import java.util.List;
import java.util.Objects;

/**
 * The body of creating or updating a service client. Shape UNCONFIRMED.
 *
 * @param name the name; required
 * @param type public or confidential; required
 * @param redirectUrls redirect URLs, or an empty list
 */
public record ServiceClientRequest(String name, ClientType type, List<String> redirectUrls) {
  public ServiceClientRequest {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    redirectUrls = redirectUrls == null ? List.of() : List.copyOf(redirectUrls);
  }

  public static ServiceClientRequest confidential(String name) {
    return new ServiceClientRequest(name, ClientType.CONFIDENTIAL, List.of());
  }
}
