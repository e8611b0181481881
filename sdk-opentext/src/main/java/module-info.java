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
}
