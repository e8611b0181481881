/**
 * The vendor-neutral core of the iconik ⇄ OpenText SDK: HTTP stack and options, credentials, typed errors, paging,
 * webhook verification and the audit trail.
 *
 * <p>Only the API packages are exported. The {@code internal} packages are exported to the SDK's own modules that
 * build on them, by name, and to nobody else (as OkHttp does): they may change in any release.
 */
module io.github.iconikopentext.core {
  requires transitive okhttp3;
  requires okio;
  requires transitive com.squareup.moshi;
  requires transitive retrofit2;
  requires retrofit2.converter.moshi;
  requires io.github.resilience4j.ratelimiter;
  requires io.github.resilience4j.core;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.github.iconikopentext.core;
  exports io.github.iconikopentext.core.audit;
  exports io.github.iconikopentext.core.credentials;
  exports io.github.iconikopentext.core.error;
  exports io.github.iconikopentext.core.http;
  exports io.github.iconikopentext.core.json;
  exports io.github.iconikopentext.core.paging;
  exports io.github.iconikopentext.core.webhook;

  exports io.github.iconikopentext.core.internal to
      io.github.iconikopentext.iconik,
      io.github.iconikopentext.opentext,
      io.github.iconikopentext.integration;
  exports io.github.iconikopentext.core.http.internal to
      io.github.iconikopentext.iconik,
      io.github.iconikopentext.opentext,
      io.github.iconikopentext.integration;
  exports io.github.iconikopentext.core.json.internal to
      io.github.iconikopentext.iconik,
      io.github.iconikopentext.integration;
  exports io.github.iconikopentext.core.audit.internal to
      io.github.iconikopentext.jdbc,
      io.github.iconikopentext.kafka;
}
