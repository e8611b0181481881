/**
 * iconik activity in the audit trail: {@link io.github.iconikopentext.integration.activity.ActivityCollector} reads
 * asset history since a {@link io.github.iconikopentext.integration.activity.Watermark} and appends audit events.
 */
@NullMarked
package io.github.iconikopentext.integration.activity;

import org.jspecify.annotations.NullMarked;
