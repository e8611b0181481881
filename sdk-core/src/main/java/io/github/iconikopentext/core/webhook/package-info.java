/**
 * Verifying and signing webhooks: {@link io.github.iconikopentext.core.webhook.WebhookVerifier} checks that a request
 * is genuine, recent and not a replay under a {@link io.github.iconikopentext.core.webhook.WebhookScheme} (Standard
 * Webhooks, Stripe-style, GitHub-style or a shared-secret header);
 * {@link io.github.iconikopentext.core.webhook.WebhookSigner} produces the headers for the same schemes;
 * {@link io.github.iconikopentext.core.webhook.ReplayGuard} remembers accepted message ids, in memory or in a store
 * shared by a fleet of receivers. Failures are
 * {@link io.github.iconikopentext.core.webhook.WebhookVerificationException}s with a reason code.
 */
@NullMarked
package io.github.iconikopentext.core.webhook;

import org.jspecify.annotations.NullMarked;
