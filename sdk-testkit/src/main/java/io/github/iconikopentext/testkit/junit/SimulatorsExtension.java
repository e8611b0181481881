package io.github.iconikopentext.testkit.junit;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link SimulatedIntegrationTest}: starts both simulators once per test class (a
 * {@code @Nested} class shares its enclosing class's), resolves parameters of the supported types, clears faults
 * after each test, and stops everything when the class is done. Register it through the annotation.
 */
public final class SimulatorsExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
      SimulatorsExtension.class);
  private static final Map<Class<?>, Function<Systems, Object>> INJECTABLE = Map.of(
      IconikSimulator.class, s -> s.iconik,
      OpenTextSimulator.class, s -> s.openText,
      IconikClient.class, s -> s.iconikClient,
      OpenTextClient.class, s -> s.openTextClient,
      Environment.class, s -> s.environment,
      WebhookSender.class, s -> s.sender,
      SimulatorFaults.class, s -> s.faults);

  @Override
  public void beforeAll(ExtensionContext context) {
    systems(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    systems(context).faults.clear();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.containsKey(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.get(parameter.getParameter().getType()).apply(systems(context));
  }

  /** The class's systems; a nested class finds its enclosing class's (the store looks up its ancestors). */
  private static Systems systems(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Systems.class, k -> new Systems(), Systems.class);
  }

  /** One class's simulators and what is built on them. Closed by JUnit with the class's store. */
  static final class Systems implements AutoCloseable {
    private static final RateLimit UNLIMITED = RateLimit.perSecond(1_000_000);

    final IconikSimulator iconik;
    final OpenTextSimulator openText;
    final Environment environment;
    final SimulatorFaults faults;
    final IconikClient iconikClient;
    final OpenTextClient openTextClient;
    final WebhookSender sender;

    Systems() {
      iconik = IconikSimulator.start();
      try {
        // No server-side CMS limit: the client keeps to it, and tests of 429 inject it as a fault.
        openText = OpenTextSimulator.builder().cmsRequestsPerSecond(0).start();
      } catch (RuntimeException e) {
        iconik.close();
        throw e;
      }
      environment = Environment.builder("simulated").endpoint(IconikEnvironment.ENDPOINT, iconik.baseUrl().toString())
          .endpoint(OpenTextEnvironment.ENDPOINT, openText.baseUrl()).setting(OpenTextEnvironment.TENANT_ID, openText.tenantId()).build();
      faults = new SimulatorFaults(iconik, openText);
      // The sleeper skips waits, so a client-side rate limit would only pile up reservations: the simulators
      // impose none either, and 429 handling is tested with injected faults.
      HttpOptions options = HttpOptions.builder().sleeper(faults).rateLimit(UNLIMITED).build();
      iconikClient = IconikClient.builder(environment, iconik.credentials()).httpOptions(options).build();
      openTextClient = OpenTextClient.builder(environment).clientCredentials(openText.clientCredentials())
          .httpOptions(options.toBuilder().rateLimit(null).build()).cmsRateLimit(null).build();
      sender = WebhookSender.of(iconik);
    }

    @Override
    public void close() {
      try {
        iconik.close();
      } finally {
        openText.close();
      }
    }
  }
}
