package io.github.iconikopentext.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against an iconik and an OpenText simulator, started once for the class (and its
 * {@code @Nested} classes) on loopback and stopped after it. Test constructors and methods — including
 * {@code @BeforeAll}/{@code @BeforeEach} — may declare parameters of these types to receive them:
 *
 * <ul>
 *   <li>{@link io.github.iconikopentext.testkit.IconikSimulator} and
 *       {@link io.github.iconikopentext.testkit.OpenTextSimulator}: seed data, inspect what your code did;
 *   <li>{@link io.github.iconikopentext.iconik.IconikClient} and {@link io.github.iconikopentext.opentext.OpenTextClient}
 *       configured for them, and the {@link io.github.iconikopentext.core.Environment} pointing at both (give it to
 *       your own code);
 *   <li>{@link WebhookSender}: delivers iconik webhooks to your receiver as iconik does, again (redelivery) or
 *       signed;
 *   <li>{@link SimulatorFaults}: makes the next calls fail (5xx, 429, resets, slow answers), cleared after each test,
 *       and records the retry waits the injected clients would have slept.
 * </ul>
 *
 * <p>State persists across the tests of a class (seed in {@code @BeforeAll}, or use fresh ids per test). The
 * injected clients never sleep: retries happen at once and their waits are recorded in {@link SimulatorFaults}; they
 * have no client-side rate limit (neither simulator imposes one), so test 429 handling with an injected fault.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SimulatorsExtension.class)
public @interface SimulatedIntegrationTest {}
