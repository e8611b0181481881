package io.github.iconikopentext.integration.transfer.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Calls a listener with the running byte position every {@code step} bytes and once at the end of the stream, so a
 * transfer can checkpoint and report progress while streaming. Not part of the API.
 */
public final class ProgressInputStream extends FilterInputStream {
  private final long step;
  private final LongConsumer listener;
  private long position;
  private long nextReport;
  private boolean ended;

  public ProgressInputStream(InputStream in, long start, long step, LongConsumer listener) {
    super(in);
    this.position = start;
    this.step = step;
    this.nextReport = start + step;
    this.listener = listener;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    advance(b < 0 ? -1 : 1);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    advance(n);
    return n;
  }

  @Override
  public long skip(long n) {
    throw new UnsupportedOperationException("skipping would misreport progress");
  }

  private void advance(int n) {
    if (n < 0) {
      if (!ended) {
        ended = true;
        listener.accept(position);
      }
      return;
    }
    position += n;
    if (position >= nextReport) {
      nextReport = position + step;
      listener.accept(position);
    }
  }
}
