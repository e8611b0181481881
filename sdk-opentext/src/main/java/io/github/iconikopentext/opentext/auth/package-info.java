/** OAuth 2.0 token management for OpenText: grants, token endpoints (tenant, discovery, self-hosted OTDS), request encodings and the shared token cache. */
@NullMarked
package io.github.iconikopentext.opentext.auth;

import org.jspecify.annotations.NullMarked;
