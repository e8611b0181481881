package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A {@link TransferTarget} that shows on a {@link Progress} line how many bytes it has been given. Tells the audit
 * trail the wrapped target's kind and credential, when that target tells them.
 */
final class ProgressTarget implements AuditedTarget {
  private static final long STEP = 1 << 20;

  private final TransferTarget target;
  private final Progress progress;

  ProgressTarget(TransferTarget target, Progress progress) {
    this.target = target;
    this.progress = progress;
  }

  @Override
  public String name() {
    return target.name();
  }

  @Override
  public String kind() {
    return target instanceof AuditedTarget audited ? audited.kind() : null;
  }

  @Override
  public String credentialId() {
    return target instanceof AuditedTarget audited ? audited.credentialId() : null;
  }

  @Override
  public void prepare(TransferItem item) throws IOException {
    target.prepare(item);
  }

  @Override
  public long resumeOffset(TransferItem item) throws IOException {
    return target.resumeOffset(item);
  }

  @Override
  public InputStream openWritten(TransferItem item) throws IOException {
    return target.openWritten(item);
  }

  @Override
  public String write(TransferItem item, InputStream content, long offset) throws IOException {
    return target.write(item, new Counting(content, offset, item), offset);
  }

  @Override
  public String commit(TransferItem item, String handle, VerifiedContent content) throws IOException {
    return target.commit(item, handle, content);
  }

  @Override
  public void discard(TransferItem item, String handle) throws IOException {
    target.discard(item, handle);
  }

  @Override
  public void abort(TransferItem item) throws IOException {
    target.abort(item);
  }

  /** Counts the bytes read and redraws the line every MiB. */
  private final class Counting extends FilterInputStream {
    private final TransferItem item;
    private long count;
    private long shown;

    Counting(InputStream in, long offset, TransferItem item) {
      super(in);
      this.count = offset;
      this.item = item;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    /** Keeps the content's own large pieces (a FilterInputStream would copy them 8 KiB at a time). */
    @Override
    public long transferTo(OutputStream out) throws IOException {
      return in.transferTo(new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          advance(len);
        }
      });
    }

    private void advance(int n) {
      count += n;
      if (count - shown >= STEP || count == item.size()) {
        shown = count;
        progress.show(item.fileName() + ": " + count / 1024 + " KiB"
            + (item.size() > 0 ? " of " + item.size() / 1024 + " KiB (" + count * 100 / item.size() + "%)" : ""));
      }
    }
  }
}
