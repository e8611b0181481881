package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.json.Strict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth service client of an app. Its secret is never part of it: a secret is shown only once, by
 * {@link AdminService#regenerateClientSecret}. Shape UNCONFIRMED: components the server omits are {@code null}.
 *
 * @param id the client's id within the app
 * @param clientId the OAuth client id used at the token endpoint
 * @param name the name
 * @param type public or confidential
 * @param redirectUrls the allowed redirect URLs (public clients)
 */
public record ServiceClient(
    @Strict @Nullable String id,
    @Strict @Nullable String clientId,
    @Nullable String name,
    @Nullable ClientType type,
    List<String> redirectUrls) {}
