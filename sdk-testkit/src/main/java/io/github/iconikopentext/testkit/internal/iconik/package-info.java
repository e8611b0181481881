/**
 * Implementation of {@link io.github.iconikopentext.testkit.IconikSimulator}: one WireMock transformer routing
 * requests to per-service handlers over an in-memory state. Not API: may change in any release.
 */
package io.github.iconikopentext.testkit.internal.iconik;
