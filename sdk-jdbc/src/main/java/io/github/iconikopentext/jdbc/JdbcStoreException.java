package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.core.error.SdkException;
import java.sql.SQLException;

/**
 * A database operation of a shared store failed: the database could not be reached, a table is missing (run
 * {@link JdbcSchema#migrate()}), or a statement was refused. The message names the operation, the table and the
 * SQLState; the cause is the driver's {@link SQLException}. Messages never hold the JDBC URL or a password.
 *
 * <p>Whether to retry is the caller's choice: the stores' writes are idempotent, so repeating an operation is safe.
 */
public final class JdbcStoreException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  public JdbcStoreException(String message, SQLException cause) {
    super(message, cause);
    this.sqlState = cause == null ? null : cause.getSQLState();
  }

  public JdbcStoreException(String message) {
    super(message);
    this.sqlState = null;
  }

  /** The SQLState the driver reported (e.g. {@code 08001} for a connection failure), or {@code null}. */
  public String sqlState() {
    return sqlState;
  }
}
