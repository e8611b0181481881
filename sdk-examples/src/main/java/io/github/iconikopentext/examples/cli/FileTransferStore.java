package io.github.iconikopentext.examples.cli;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.TransferRecord;
import io.github.iconikopentext.integration.transfer.TransferState;
import io.github.iconikopentext.integration.transfer.TransferStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import okio.Okio;

/**
 * The CLI's {@link TransferStore}: a small JSON file, so that a completed transfer stays completed across runs (a
 * re-run is skipped, not repeated) and two runs on one machine never move the same file at once. Every operation
 * takes an exclusive lock on {@code <file>.lock}, reads the file, and replaces it atomically (write a temporary file,
 * then rename), so a crash leaves either the old or the new state. Fine for a CLI's handful of transfers; a fleet of
 * workers shares {@code JdbcTransferStore} instead. Thread-safe within and across processes.
 */
final class FileTransferStore implements TransferStore {
  /** Where a folder target's store lives, relative to the folder: one hidden entry beside the files. */
  static final String FILE_NAME = ".iconik-opentext/transfers.json";

  private final Path file;
  private final Path lockFile;
  private final Clock clock;

  FileTransferStore(Path file, Clock clock) {
    this.file = file;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    this.clock = clock;
  }

  Path file() {
    return file;
  }

  @Override
  public Claim claim(String transferId, String worker, Duration lease) {
    return update(store -> store.claim(transferId, worker, lease));
  }

  @Override
  public boolean checkpoint(String transferId, String worker, long offset, Duration lease) {
    return update(store -> store.checkpoint(transferId, worker, offset, lease));
  }

  @Override
  public void complete(TransferRecord record, String worker) {
    update(store -> {
      store.complete(record, worker);
      return null;
    });
  }

  @Override
  public void release(String transferId, String worker) {
    update(store -> {
      store.release(transferId, worker);
      return null;
    });
  }

  @Override
  public Optional<TransferRecord> completed(String transferId) {
    return update(store -> store.completed(transferId));
  }

  /**
   * Runs {@code operation} under the lock on an {@link InMemoryTransferStore} holding the stored states (so the
   * lease rules are that store's), and stores its states again if the operation changed them.
   */
  private synchronized <T> T update(Function<InMemoryTransferStore, T> operation) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = lockChannel.lock()) {
        Map<String, TransferState> before = read();
        InMemoryTransferStore store = new InMemoryTransferStore(clock, before);
        T result = operation.apply(store);
        Map<String, TransferState> after = store.snapshot();
        if (!after.equals(before)) {
          write(after);
        }
        return result;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("transfer store " + file + ": " + e.getMessage(), e);
    }
  }

  private Map<String, TransferState> read() throws IOException {
    Map<String, TransferState> states = new TreeMap<>();
    if (!Files.exists(file)) {
      return states;
    }
    try (JsonReader r = JsonReader.of(Okio.buffer(Okio.source(file)))) {
      r.beginObject();
      while (r.hasNext()) {
        String id = r.nextName();
        states.put(id, readState(r));
      }
      r.endObject();
    } catch (JsonDataException | java.io.EOFException | com.squareup.moshi.JsonEncodingException
        | java.time.DateTimeException | IllegalArgumentException | NullPointerException e) {
      throw new UsageException("transfer store " + file + " is not a transfer store this CLI wrote (" + e.getMessage()
          + "); move it away to start afresh, which forgets the completed transfers it records");
    }
    return states;
  }

  private static TransferState readState(JsonReader r) throws IOException {
    String worker = null;
    Instant leaseUntil = null;
    long offset = 0;
    int attempts = 0;
    TransferRecord done = null;
    r.beginObject();
    while (r.hasNext()) {
      switch (r.nextName()) {
        case "worker" -> worker = r.nextString();
        case "lease_until" -> leaseUntil = Instant.parse(r.nextString());
        case "offset" -> offset = r.nextLong();
        case "attempts" -> attempts = r.nextInt();
        case "completed" -> done = readRecord(r);
        default -> r.skipValue();
      }
    }
    r.endObject();
    return new TransferState(worker, leaseUntil, offset, attempts, done);
  }

  private static TransferRecord readRecord(JsonReader r) throws IOException {
    Map<String, String> f = new TreeMap<>();
    long bytes = 0;
    r.beginObject();
    while (r.hasNext()) {
      String name = r.nextName();
      if (name.equals("bytes")) {
        bytes = r.nextLong();
      } else {
        f.put(name, r.nextString());
      }
    }
    r.endObject();
    return new TransferRecord(f.get("transfer_id"), f.get("asset_id"), f.get("file_id"), f.get("target"),
        f.get("location"), bytes, f.get("sha256"), Instant.parse(f.get("completed_at")));
  }

  private void write(Map<String, TransferState> states) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (JsonWriter w = JsonWriter.of(Okio.buffer(Okio.sink(temp)))) {
      w.setIndent("  ");
      w.beginObject();
      for (Map.Entry<String, TransferState> e : states.entrySet()) {
        TransferState s = e.getValue();
        w.name(e.getKey()).beginObject();
        if (s.worker() != null) {
          w.name("worker").value(s.worker()).name("lease_until").value(s.leaseUntil().toString());
        }
        w.name("offset").value(s.offset()).name("attempts").value(s.attempts());
        if (s.completed() != null) {
          TransferRecord d = s.completed();
          w.name("completed").beginObject()
              .name("transfer_id").value(d.transferId()).name("asset_id").value(d.assetId())
              .name("file_id").value(d.fileId()).name("target").value(d.target())
              .name("location").value(d.location()).name("bytes").value(d.bytes())
              .name("sha256").value(d.sha256()).name("completed_at").value(d.completedAt().toString())
              .endObject();
        }
        w.endObject();
      }
      w.endObject();
    }
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public String toString() {
    return "transfer store " + file;
  }
}
