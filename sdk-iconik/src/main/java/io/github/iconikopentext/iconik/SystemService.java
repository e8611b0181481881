package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.iconik.internal.SystemApi;
import io.github.iconikopentext.iconik.model.SystemSettings;
import io.github.iconikopentext.iconik.model.User;

/**
 * Who the client's token acts as, and in which iconik system domain. Obtain it from {@link IconikClient#system()}.
 * Every method may throw the SDK's {@link io.github.iconikopentext.core.error.SdkException} subclasses;
 * {@link #currentUser()} is a cheap way to check that credentials work. Thread-safe.
 */
public final class SystemService {
  private final SystemApi api;

  SystemService(SystemApi api) {
    this.api = api;
  }

  /** The user the App-ID and token act as. */
  public User currentUser() {
    return Responses.present(api.currentUser(), "the current user");
  }

  /** The public settings of the current system domain. */
  public SystemSettings currentSystem() {
    return Responses.present(api.currentSystem(), "the current system settings");
  }

  /** The current system domain's id, as found in every webhook delivery's {@code system_domain_id}. */
  public String systemDomainId() {
    return Responses.present(currentSystem().systemDomainId(), "the current system domain id");
  }
}
