/**
 * Shared stores on a SQL database, for fleets of webhook receivers and transfer workers: a replay guard, a transfer
 * store and an audit sink that several processes use at once. PostgreSQL is the supported database; the SQL also
 * runs on H2 in PostgreSQL mode, for tests.
 *
 * <p>Start with {@link io.github.iconikopentext.jdbc.JdbcSchema}: it names the tables and creates them on request.
 * Only {@code java.sql} is used — the application supplies the {@link javax.sql.DataSource} (a pool) and its driver.
 */
@NullMarked
package io.github.iconikopentext.jdbc;

import org.jspecify.annotations.NullMarked;
