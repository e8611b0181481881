package io.github.iconikopentext.integration.transfer.internal;

import java.io.IOException;

/** Where a pipeline's chunks come from, in file order. Used by one thread; {@link #cancel} by any. */
interface ChunkSource {

  /** The next chunk, from the pool, or null at the end of the content. */
  Chunk next() throws IOException;

  /** Stops every download in progress (from any thread): blocked reads fail promptly. */
  void cancel();

  /** Releases the connections once the source is no longer read. */
  void close();
}
