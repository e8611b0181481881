/**
 * The OpenText Cloud Platform client: {@code OpenTextClient} and its areas (Admin Center, OAuth, Content Metadata
 * Service, Content Storage Service).
 *
 * <p>Only the API packages are exported. Two internal packages are exported by name to the testkit, whose OpenText
 * simulator speaks the same wire format.
 */
module io.github.iconikopentext.opentext {
  requires transitive io.github.iconikopentext.core;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.github.iconikopentext.opentext;
  exports io.github.iconikopentext.opentext.admin;
  exports io.github.iconikopentext.opentext.auth;
  exports io.github.iconikopentext.opentext.cms;
  exports io.github.iconikopentext.opentext.storage;

  exports io.github.iconikopentext.opentext.internal.admin to io.github.iconikopentext.testkit;
  exports io.github.iconikopentext.opentext.internal.json to io.github.iconikopentext.testkit;

  // Moshi's reflective record adapter (RecordJsonAdapter) reads and builds the wire records of these packages
  // (TokenResponse, HalPage, ClientSecretResponse, FullTextBody, …) through method handles on their accessors and
  // canonical constructors, which needs deep access; exporting would make them API. Found by the tests on the
  // module path (admin, auth, json); cms's FullTextBody is written by the same adapter.
  opens io.github.iconikopentext.opentext.internal.admin to com.squareup.moshi;
  opens io.github.iconikopentext.opentext.internal.auth to com.squareup.moshi;
  opens io.github.iconikopentext.opentext.internal.cms to com.squareup.moshi;
  opens io.github.iconikopentext.opentext.internal.json to com.squareup.moshi;
}
