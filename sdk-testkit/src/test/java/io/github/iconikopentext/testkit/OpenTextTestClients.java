package io.github.iconikopentext.testkit;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.core.http.Sleeper;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients of the simulator for the tests, with a movable clock and a recording sleeper. */
final class OpenTextTestClients {
  private OpenTextTestClients() {}

  static OpenTextClient.Builder client(OpenTextSimulator simulator, Clock clock, Sleeper sleeper) {
    return OpenTextClient.builder(simulator.environment("sim"))
        .clientCredentials(simulator.clientCredentials())
        .httpOptions(HttpOptions.builder().clock(clock).sleeper(sleeper)
            .retryPolicy(RetryPolicy.defaults().withJitter(0)).build());
  }

  /** Records the waits and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }
}
