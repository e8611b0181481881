package io.github.iconikopentext.testkit.junit;

import io.github.iconikopentext.core.http.Sleeper;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextFault;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fault injection on both simulators for one test class, cleared after each test by {@link SimulatedIntegrationTest}.
 * Also the {@link Sleeper} of the injected clients: it returns at once and records each wait, so a test can assert
 * that a call was retried (and after which back-off) without spending the time. Thread-safe.
 */
public final class SimulatorFaults implements Sleeper {
  private final IconikSimulator iconik;
  private final OpenTextSimulator openText;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  SimulatorFaults(IconikSimulator iconik, OpenTextSimulator openText) {
    this.iconik = iconik;
    this.openText = openText;
  }

  /** The next {@code times} iconik requests whose path fully matches {@code pathRegex} fail with {@code fault}. */
  public SimulatorFaults iconik(String pathRegex, IconikFault fault, int times) {
    iconik.injectFault(pathRegex, fault, times);
    return this;
  }

  /** The next {@code times} OpenText requests whose path matches {@code pathRegex} fail with {@code fault}. */
  public SimulatorFaults openText(String pathRegex, OpenTextFault fault, int times) {
    openText.injectFault(pathRegex, fault, times);
    return this;
  }

  /** The waits the injected clients asked for since the last {@link #clear()}, in order. */
  public List<Duration> retryWaits() {
    return List.copyOf(waits);
  }

  /** Drops unused faults of both simulators and the recorded waits. */
  public void clear() {
    iconik.clearFaults();
    openText.clearFaults();
    waits.clear();
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }
}
