/**
 * Declarative, validated, two-way mapping between iconik metadata values and OpenText CMS properties and traits.
 *
 * <p>Start with {@link io.github.iconikopentext.integration.mapping.MetadataMapper}: load a JSON mapping spec (or
 * the built-in media governance profile), then map {@code MetadataValues} to {@link
 * io.github.iconikopentext.integration.mapping.OpenTextMetadata} and back. Results carry every problem met; specs with
 * mistakes are refused with all of them listed. The spec format is described in {@code docs/metadata-mapping.md}.
 *
 * <p>Everything in {@code …mapping.internal} is implementation, not API.
 */
@NullMarked
package io.github.iconikopentext.integration.mapping;

import org.jspecify.annotations.NullMarked;
