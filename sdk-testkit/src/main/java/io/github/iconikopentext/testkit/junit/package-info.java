/**
 * The reference test harness: {@link io.github.iconikopentext.testkit.junit.SimulatedIntegrationTest} runs a JUnit 5
 * test class against both simulators and injects them, configured clients, a webhook sender and fault controls. See
 * {@code docs/testing-your-integration.md}.
 */
@NullMarked
package io.github.iconikopentext.testkit.junit;

import org.jspecify.annotations.NullMarked;
