package io.github.iconikopentext.micrometer.internal;

import io.github.iconikopentext.core.credentials.RefreshListener;
import io.github.iconikopentext.micrometer.SdkMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Token-refresh meters on the {@link RefreshListener} hook. Thread-safe. */
public final class TokenMeters implements RefreshListener {
  private final MeterRegistry registry;

  public TokenMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void refreshed(Duration took) {
    timer("success", "none").record(took);
  }

  @Override
  public void refreshFailed(Duration took, RuntimeException failure) {
    timer("failure", failure.getClass().getSimpleName()).record(took);
  }

  private Timer timer(String outcome, String exception) {
    return Timer.builder(SdkMeters.TOKEN_REFRESHES).description("Token refreshes from the token endpoint")
        .tags("outcome", outcome, "exception", exception).register(registry);
  }
}
