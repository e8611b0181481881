/**
 * Implementation of the iconik client: Retrofit interfaces (one per iconik service area, paths relative to the base
 * URL and checked against iconik's OpenAPI specs by the contract test), authentication, JSON adapters and paging.
 * Not API: may change in any release.
 */
package io.github.iconikopentext.iconik.internal;
