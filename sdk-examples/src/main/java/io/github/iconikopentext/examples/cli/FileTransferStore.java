package io.github.iconikopentext.examples.cli;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.iconikopentext.integration.transfer.TransferRecord;
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

  private record State(String worker, Instant leaseUntil, long offset, int attempts, TransferRecord done) {}

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
    return update(states -> {
      Instant now = clock.instant();
      State s = states.get(transferId);
      if (s != null && s.done() != null) {
        return new Claim.Completed(s.done());
      }
      if (s != null && s.worker() != null && !s.worker().equals(worker) && now.isBefore(s.leaseUntil())) {
        return new Claim.Held(s.worker(), s.leaseUntil());
      }
      long offset = s == null ? 0 : s.offset();
      int attempt = s == null ? 1 : s.attempts() + 1;
      Instant until = now.plus(lease);
      states.put(transferId, new State(worker, until, offset, attempt, null));
      return new Claim.Granted(offset, attempt, until);
    });
  }

  @Override
  public boolean checkpoint(String transferId, String worker, long offset, Duration lease) {
    return update(states -> {
      State s = states.get(transferId);
      if (s == null || s.done() != null || !worker.equals(s.worker())) {
        return false;
      }
      states.put(transferId, new State(worker, clock.instant().plus(lease), offset, s.attempts(), null));
      return true;
    });
  }

  @Override
  public void complete(TransferRecord record, String worker) {
    update(states -> {
      State s = states.get(record.transferId());
      states.put(record.transferId(), new State(null, null, record.bytes(), s == null ? 1 : s.attempts(), record));
      return null;
    });
  }

  @Override
  public void release(String transferId, String worker) {
    update(states -> {
      State s = states.get(transferId);
      if (s != null && s.done() == null && worker.equals(s.worker())) {
        states.put(transferId, new State(null, null, s.offset(), s.attempts(), null));
      }
      return null;
    });
  }

  @Override
  public Optional<TransferRecord> completed(String transferId) {
    return update(states -> Optional.ofNullable(states.get(transferId)).map(State::done));
  }

  /** Runs {@code change} on the stored states under the lock, and stores them again if it changed them. */
  private synchronized <T> T update(Function<Map<String, State>, T> change) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = lockChannel.lock()) {
        Map<String, State> states = read();
        Map<String, State> before = new TreeMap<>(states);
        T result = change.apply(states);
        if (!states.equals(before)) {
          write(states);
        }
        return result;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("transfer store " + file + ": " + e.getMessage(), e);
    }
  }

  private Map<String, State> read() throws IOException {
    Map<String, State> states = new TreeMap<>();
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
    } catch (JsonDataException | java.io.EOFException | com.squareup.moshi.JsonEncodingException e) {
      throw new UsageException("transfer store " + file + " is not a transfer store this CLI wrote (" + e.getMessage()
          + "); move it away to start afresh, which forgets the completed transfers it records");
    }
    return states;
  }

  private static State readState(JsonReader r) throws IOException {
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
    return new State(worker, leaseUntil, offset, attempts, done);
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

  private void write(Map<String, State> states) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (JsonWriter w = JsonWriter.of(Okio.buffer(Okio.sink(temp)))) {
      w.setIndent("  ");
      w.beginObject();
      for (Map.Entry<String, State> e : states.entrySet()) {
        State s = e.getValue();
        w.name(e.getKey()).beginObject();
        if (s.worker() != null) {
          w.name("worker").value(s.worker()).name("lease_until").value(s.leaseUntil().toString());
        }
        w.name("offset").value(s.offset()).name("attempts").value(s.attempts());
        if (s.done() != null) {
          TransferRecord d = s.done();
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
