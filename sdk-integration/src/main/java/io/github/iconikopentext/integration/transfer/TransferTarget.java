package io.github.iconikopentext.integration.transfer;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where an {@link AssetTransfer} stores a file: OpenText (CSS + a CMS file instance), a filesystem archive, or any
 * other destination a team adds.
 *
 * <p>The transfer first asks the target to {@link #prepare} for the item, before any byte is downloaded; then it
 * streams the content into {@link #write}, verifies size and checksum, and only then calls {@link #commit}, which
 * makes the file visible; a failed verification calls {@link #discard}. A target that can continue a partial write
 * reports it through {@link #resumeOffset}; when the transfer finally fails, {@link #abort} lets it drop what it
 * kept for resuming. Implementations must be thread-safe for
 * different transfers and must make {@link #commit} idempotent per transfer id, so a retried transfer never creates a
 * second copy.
 */
public interface TransferTarget {

  /** The target's name as routing rules and transfer ids use it, e.g. {@code opentext} or {@code archive}. */
  String name();

  /**
   * Checks, before any byte is downloaded, that the item can be stored here (e.g. that its file name is usable and
   * the destination writable), so a transfer that cannot succeed fails at once instead of after downloading the
   * file. Throw an {@link io.github.iconikopentext.core.error.SdkException} (e.g. a
   * {@link io.github.iconikopentext.core.error.ConfigurationException}) that says what is wrong. Default: nothing
   * to check.
   */
  default void prepare(TransferItem item) throws IOException {}

  /** Bytes of this transfer already written by an earlier attempt that {@link #write} can continue after; 0 if none. */
  default long resumeOffset(TransferItem item) throws IOException {
    return 0;
  }

  /** The bytes already written (the first {@link #resumeOffset} bytes), read back to seed the checksum. */
  default InputStream openWritten(TransferItem item) throws IOException {
    throw new UnsupportedOperationException(name() + " cannot resume");
  }

  /**
   * Writes {@code content} — the file from byte {@code offset} on — without holding it in memory. The content
   * arrives in large pieces: copy it with {@link InputStream#transferTo}, which hands the output whole pieces
   * of about 1 MiB, rather than through a small buffer.
   *
   * @return a handle for {@link #commit} or {@link #discard} (e.g. a CSS blob id or a partial file path)
   */
  String write(TransferItem item, InputStream content, long offset) throws IOException;

  /** Makes the verified content final and returns where it landed (a CMS instance id, a path). Idempotent. */
  String commit(TransferItem item, String handle, VerifiedContent content) throws IOException;

  /** Throws away what {@link #write} stored, after a failed verification. */
  void discard(TransferItem item, String handle) throws IOException;

  /**
   * The transfer failed for good (after its last attempt): drop what was kept so that an attempt could resume
   * (e.g. a partial file). Default: nothing kept.
   */
  default void abort(TransferItem item) throws IOException {}
}
