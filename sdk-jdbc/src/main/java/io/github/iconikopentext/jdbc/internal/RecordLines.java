package io.github.iconikopentext.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The audit records of a result set's first column as the lines of a log: each record's UTF-8 bytes and an LF, read
 * one row at a time. Not thread-safe.
 */
public final class RecordLines extends InputStream {

  /** A database failure while reading, carried through the verifier's {@link IOException} handling. */
  public static final class ReadFailure extends IOException {
    private static final long serialVersionUID = 1L;

    ReadFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  private final ResultSet rows;
  private byte[] current = new byte[0];
  private int position;
  private boolean done;

  public RecordLines(ResultSet rows) {
    this.rows = rows;
  }

  @Override
  public int read() throws IOException {
    return fill() ? current[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }

  private boolean fill() throws IOException {
    while (position == current.length) {
      if (done) {
        return false;
      }
      try {
        if (!rows.next()) {
          done = true;
          return false;
        }
        byte[] record = rows.getString(1).getBytes(StandardCharsets.UTF_8);
        current = new byte[record.length + 1];
        System.arraycopy(record, 0, current, 0, record.length);
        current[record.length] = '\n';
        position = 0;
      } catch (SQLException e) {
        throw new ReadFailure(e);
      }
    }
    return true;
  }
}
