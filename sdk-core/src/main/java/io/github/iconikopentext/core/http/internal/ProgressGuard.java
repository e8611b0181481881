package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.http.HttpOptions;
import java.io.IOException;
import java.net.SocketTimeoutException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.ForwardingSource;
import okio.Okio;
import okio.Sink;
import okio.Source;

/**
 * The progress timeout of streamed bodies: a body fails with a {@link SocketTimeoutException} when it moves fewer
 * than {@value HttpOptions#PROGRESS_BYTES} bytes while the reads (or writes) waited for the network for longer than
 * the timeout in all. A per-read timeout alone lets a server that drips one byte just inside it hold a stream for
 * ever; this bounds the time per {@value HttpOptions#PROGRESS_BYTES} bytes. Time the caller spends between reads
 * does not count, so a slow consumer is not a stall. No thread and no timer: each read or write measures itself.
 * Not part of the API.
 */
public final class ProgressGuard {
  private final long timeoutNanos;
  private final String what;
  private long waitedNanos;
  private long moved;

  private ProgressGuard(long timeoutMillis, String what) {
    this.timeoutNanos = timeoutMillis * 1_000_000L;
    this.what = what;
  }

  /** {@code body} with its reads guarded; a timeout of 0 or less returns it unchanged. */
  public static ResponseBody guard(ResponseBody body, long timeoutMillis) {
    if (timeoutMillis <= 0) {
      return body;
    }
    ProgressGuard guard = new ProgressGuard(timeoutMillis, "response body");
    Source guarded = new ForwardingSource(body.source()) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long start = System.nanoTime();
        long n = super.read(sink, byteCount);
        guard.moved(n, System.nanoTime() - start);
        return n;
      }
    };
    return ResponseBody.create(Okio.buffer(guarded), body.contentType(), body.contentLength());
  }

  /** {@code body} with its writes guarded; a timeout of 0 or less returns it unchanged. */
  public static RequestBody guard(RequestBody body, long timeoutMillis) {
    if (timeoutMillis <= 0) {
      return body;
    }
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return body.contentType();
      }

      @Override
      public long contentLength() throws IOException {
        return body.contentLength();
      }

      @Override
      public boolean isOneShot() {
        return body.isOneShot();
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        ProgressGuard guard = new ProgressGuard(timeoutMillis, "request body");
        Sink guarded = new ForwardingSink(sink) {
          @Override
          public void write(Buffer source, long byteCount) throws IOException {
            long start = System.nanoTime();
            super.write(source, byteCount);
            guard.moved(byteCount, System.nanoTime() - start);
          }
        };
        BufferedSink buffered = Okio.buffer(guarded);
        body.writeTo(buffered);
        buffered.emit();
      }
    };
  }

  private void moved(long bytes, long nanos) throws SocketTimeoutException {
    if (bytes < 0) {
      return; // end of stream
    }
    moved += bytes;
    waitedNanos += nanos;
    if (moved >= HttpOptions.PROGRESS_BYTES) {
      moved = 0;
      waitedNanos = 0;
    } else if (waitedNanos > timeoutNanos) {
      throw new SocketTimeoutException("the " + what + " stalled: " + moved + " bytes in "
          + waitedNanos / 1_000_000 + " ms of waiting, fewer than " + HttpOptions.PROGRESS_BYTES
          + " within the timeout of " + timeoutNanos / 1_000_000 + " ms");
    }
  }
}
