/**
 * The hostile-server suite: a loopback HTTP server that behaves the way real networks and careless or malicious
 * servers do, for testing any HTTP client — the SDK's own clients and yours.
 *
 * <p>{@link io.github.iconikopentext.testkit.hostile.HostileServer} speaks HTTP/1.1 and HTTP/1.0 on plain JDK
 * sockets and records every request byte it receives. {@link io.github.iconikopentext.testkit.hostile.Answer}s make it
 * redirect (to a second {@code HostileServer} that records what leaks to it), close connections after each answer
 * or when idle, drip a body a byte at a time, send huge or wrongly shaped bodies, link {@code next_url} pages in a
 * circle, or issue OAuth tokens with odd {@code expires_in};
 * {@link io.github.iconikopentext.testkit.hostile.Responder}s vary the answer from request to request.
 *
 * <pre>{@code
 * try (HostileServer api = HostileServer.start(); HostileServer elsewhere = HostileServer.start()) {
 *   api.on("GET", "/API/assets/v1/assets/*", Answer.redirect(307, elsewhere.url("/steal")));
 *   // ... call the client against api.baseUrl() ...
 *   assertThat(elsewhere.requests()).noneMatch(r -> r.carries(token));
 * }
 * }</pre>
 */
@NullMarked
package io.github.iconikopentext.testkit.hostile;

import org.jspecify.annotations.NullMarked;
