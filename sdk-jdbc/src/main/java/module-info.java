/** Shared stores on a JDBC database (PostgreSQL): audit trail, de-duplication, watermarks, status. */
module io.github.iconikopentext.jdbc {
  requires transitive io.github.iconikopentext.integration;
  requires transitive java.sql;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.github.iconikopentext.jdbc;
}
