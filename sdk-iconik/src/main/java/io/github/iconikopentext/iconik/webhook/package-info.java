/**
 * Receiving iconik webhooks and custom actions: {@link io.github.iconikopentext.iconik.webhook.IconikWebhookHandler}
 * authenticates, parses, de-duplicates and dispatches them;
 * {@link io.github.iconikopentext.iconik.webhook.IconikWebhook} and
 * {@link io.github.iconikopentext.iconik.webhook.CustomActionInvocation} are the payloads;
 * {@link io.github.iconikopentext.iconik.webhook.AssetEvent} is what a delivery means for an asset.
 */
@NullMarked
package io.github.iconikopentext.iconik.webhook;

import org.jspecify.annotations.NullMarked;
