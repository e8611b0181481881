package io.github.iconikopentext.iconik.model;

import org.jspecify.annotations.Nullable;

/**
 * How to apply one action (ABORT, PAUSE, RESUME, RESTART, CHANGE_PRIORITY) to a job, as its {@code action_context}
 * lists them. Immutable.
 *
 * @param url the endpoint iconik names for the action
 * @param bulk whether the action applies to the job's children too
 */
public record JobAction(@Nullable String url, @Nullable Boolean bulk) {}
