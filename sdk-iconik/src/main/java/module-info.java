/**
 * The iconik client: {@code IconikClient} and its areas, the iconik models, and iconik webhook events.
 *
 * <p>Only the API packages are exported; {@code io.github.iconikopentext.iconik.internal} is not.
 */
module io.github.iconikopentext.iconik {
  requires transitive io.github.iconikopentext.core;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.github.iconikopentext.iconik;
  exports io.github.iconikopentext.iconik.model;
  exports io.github.iconikopentext.iconik.webhook;

  // Moshi's reflective record adapter (RecordJsonAdapter) reads and builds the wire records of this package
  // (IconikList, SearchBody, MetadataValuesBody, …) through method handles on their accessors and canonical
  // constructors, which needs deep access; exporting would make them API. Found by the tests on the module path.
  opens io.github.iconikopentext.iconik.internal to com.squareup.moshi;
}
