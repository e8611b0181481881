package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditLogVerification.Kind;
import io.github.iconikopentext.core.audit.AuditLogVerification.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * Walks a hash-chained log once, keeping the last good record and looking one record ahead, and names the first
 * record that breaks the chain and how (the decision table is in {@code docs/audit.md}). Only when the sequence jumps
 * does it read on, to tell a reordering (the missing number appears later) from a deletion. Thread-safe. Not part
 * of the API.
 */
public final class ChainVerifier {
  private final Map<String, byte[]> keys;
  private final boolean expectClosed;
  private final AuditAnchor anchor;
  private final boolean allowUnknownKeys;

  /**
   * @param keys key ids to HMAC keys; the map is copied
   * @param anchor what the log is known to have reached, or {@code null}
   * @param allowUnknownKeys whether a checkpoint under an unknown key after verified ones is merely unverifiable
   */
  public ChainVerifier(Map<String, byte[]> keys, boolean expectClosed, AuditAnchor anchor, boolean allowUnknownKeys) {
    Map<String, byte[]> copy = new HashMap<>();
    keys.forEach((id, key) -> copy.put(id, key.clone()));
    this.keys = Map.copyOf(copy);
    this.expectClosed = expectClosed;
    this.anchor = anchor;
    this.allowUnknownKeys = allowUnknownKeys;
  }

  public AuditLogVerification verify(Path path) {
    try (LineReader in = new LineReader(Files.newInputStream(path), ChainFormat.MAX_LINE_BYTES)) {
      return new Run(in).run();
    } catch (NoSuchFileException e) {
      throw new AuditException("no audit log at " + path, e);
    } catch (IOException e) {
      throw new AuditException("could not read audit log " + path + ": " + e, e);
    }
  }

  /** Verifies the records in {@code lines}, one per LF-terminated line, which come from {@code source}; closes it. */
  public AuditLogVerification verify(InputStream lines, String source) {
    try (LineReader in = new LineReader(lines, ChainFormat.MAX_LINE_BYTES)) {
      return new Run(in).run();
    } catch (IOException e) {
      throw new AuditException("could not read " + source + ": " + e, e);
    }
  }

  /** A line, what it says (or why it is not a record), and its hash. */
  private record Entry(LineReader.Line line, ChainRecord record, String error, String hash) {
    long number() {
      return line.number();
    }
  }

  /** The state of one verification. */
  private final class Run {
    private final LineReader in;
    private final MessageDigest sha256 = ChainFormat.sha256();
    private final Map<String, Mac> macs = new HashMap<>();

    private long lastSequence;
    private String lastHash = ChainFormat.ZERO_HASH;
    private String lastPrevHash;
    private long lastLine;
    private long records;
    private long events;
    private long checkpoints;
    private long uncleanRestarts;
    private long lastCheckpointLine;
    private AuditAnchor lastCheckpoint;
    private long eventsSinceCheckpoint;
    private boolean closed;

    Run(LineReader in) {
      this.in = in;
    }

    AuditLogVerification run() throws IOException {
      Entry current = read();
      while (current != null) {
        if (!current.line().terminated()) {
          String torn = String.format("line %d is incomplete (%d bytes without a line end), as a crash mid-write "
              + "leaves it", current.number(), current.line().bytes().length);
          Problem cut = beforeAnchor(torn + "; the records before it verified, but");
          return result(cut != null ? cut : new Problem(Kind.TORN_LAST_LINE, current.number(), lastSequence + 1,
              String.format("%s; the %d records before it verified", torn, records)));
        }
        Entry next = read();
        if (current.record() == null) {
          return result(new Problem(Kind.EDITED, current.number(), lastSequence + 1,
              String.format("line %d is not an audit record: %s", current.number(), current.error())));
        }
        Problem problem = check(current, next);
        if (problem != null) {
          return result(problem);
        }
        accept(current);
        current = next;
      }
      Problem cut = beforeAnchor("every record verified, but");
      return result(cut != null ? cut : expectClosed && !closed ? unclosed() : null);
    }

    /** The log stops short of the anchor: records known to have been written are gone. */
    private Problem beforeAnchor(String context) {
      if (anchor == null || lastSequence >= anchor.sequence()) {
        return null;
      }
      return new Problem(Kind.TRUNCATED, lastLine + 1, lastSequence + 1, String.format("%s the log ends at sequence "
          + "%d (line %d), before sequence %d that its anchor says was written: records %d to at least %d were cut "
          + "off%s", context, lastSequence, lastLine, anchor.sequence(), lastSequence + 1, anchor.sequence(),
          lastCheckpoint == null ? "" : " (it now ends at or after the checkpoint at line " + lastCheckpointLine
              + ", which verifies on its own)"));
    }

    private Problem check(Entry current, Entry next) throws IOException {
      ChainRecord r = current.record();
      long n = current.number();
      long expected = lastSequence + 1;
      boolean linked = r.prevHash().equals(lastHash);
      if (r.sequence() == expected && linked) {
        if (closed && !(r.checkpoint() && ChainFormat.REASON_OPEN.equals(r.reason()))) {
          return new Problem(Kind.INSERTED, n, r.sequence(), String.format("line %d follows the closing checkpoint "
              + "at line %d, but no writer reopened the log (a reopening writer starts with an open checkpoint)",
              n, lastLine));
        }
        Problem signature = checkSignature(current);
        return signature != null ? signature : checkAnchor(current);
      }
      if (linked) {
        return new Problem(Kind.EDITED, n, r.sequence(), String.format("line %d has sequence %d where %d was "
            + "expected, though it links to the record before it: its sequence was changed", n, r.sequence(), expected));
      }
      if (r.sequence() == expected) {
        if (next != null && next.record() != null && next.record().sequence() == expected
            && next.record().prevHash().equals(lastHash)) {
          return new Problem(Kind.INSERTED, n, r.sequence(), String.format(
              "line %d was inserted: the record after it links to the record before it", n));
        }
        if (lastLine > 0 && (isAuthentic(current) || linksTo(next, current.hash()))) {
          return new Problem(Kind.EDITED, lastLine, lastSequence, String.format("line %d was changed after it was "
              + "written: its hash no longer matches the one line %d recorded", lastLine, n));
        }
        return new Problem(Kind.EDITED, n, r.sequence(), String.format(
            "line %d does not link to the record before it: its prevhash, or the line before it, was changed", n));
      }
      if (r.sequence() > expected) {
        long foundAt = findSequence(next, expected, r.sequence());
        if (foundAt > 0) {
          return new Problem(Kind.REORDERED, n, r.sequence(), String.format("line %d holds sequence %d, ahead of "
              + "sequence %d at line %d: records were reordered", n, r.sequence(), expected, foundAt));
        }
        String missing = r.sequence() - expected == 1
            ? "record " + expected + " is"
            : "records " + expected + " to " + (r.sequence() - 1) + " are";
        return new Problem(Kind.DELETED, n, expected, String.format("%s missing before line %d", missing, n));
      }
      if (current.hash().equals(lastHash)) {
        return new Problem(Kind.INSERTED, n, r.sequence(), String.format(
            "line %d was inserted: it repeats line %d exactly", n, lastLine));
      }
      if (r.sequence() == lastSequence && r.prevHash().equals(lastPrevHash)
          && (linksTo(next, current.hash()) || isAuthentic(current))) {
        return new Problem(Kind.INSERTED, lastLine, lastSequence, String.format("line %d was inserted: line %d has "
            + "the same sequence and predecessor, and the chain continues from line %d", lastLine, n, n));
      }
      return new Problem(Kind.INSERTED, n, r.sequence(), String.format(
          "line %d was inserted: sequence %d was already used before it", n, r.sequence()));
    }

    private Problem checkSignature(Entry entry) {
      ChainRecord r = entry.record();
      if (!r.checkpoint()) {
        return null;
      }
      if (!keys.containsKey(r.keyId())) {
        if (checkpoints > 0 && !allowUnknownKeys) {
          return new Problem(Kind.EDITED, entry.number(), r.sequence(), String.format("line %d is a checkpoint "
              + "signed with key '%s', which the verifier was not given, after %d checkpoint(s) under its keys "
              + "verified: a forged checkpoint, unless the writer's key was rotated (give the verifier every key "
              + "that signed the log, or allow unknown keys to report this as unverifiable)", entry.number(),
              r.keyId(), checkpoints));
        }
        return new Problem(Kind.UNVERIFIABLE, entry.number(), r.sequence(), String.format(
            "line %d is a checkpoint signed with key '%s', which the verifier was not given", entry.number(),
            r.keyId()));
      }
      if (!isAuthentic(entry)) {
        return new Problem(Kind.EDITED, entry.number(), r.sequence(), String.format("the checkpoint at line %d does "
            + "not verify with key '%s': it was changed, or records before it were changed and the chain recomputed",
            entry.number(), r.keyId()));
      }
      return null;
    }

    /** The record at the anchor's sequence must be the one the anchor names. */
    private Problem checkAnchor(Entry entry) {
      long sequence = entry.record().sequence();
      if (anchor == null || sequence != anchor.sequence() || anchor.hash().isEmpty()
          || anchor.hash().get().equals(entry.hash())) {
        return null;
      }
      return new Problem(Kind.EDITED, entry.number(), sequence, String.format("line %d (sequence %d) is not the record "
          + "its anchor names: its SHA-256 is %s, the anchor's %s. The log was rewritten up to here (and, if the "
          + "checkpoints still verify, re-signed with the key)", entry.number(), sequence, entry.hash(),
          anchor.hash().get()));
    }

    private boolean isAuthentic(Entry entry) {
      ChainRecord r = entry.record();
      if (!r.checkpoint() || !keys.containsKey(r.keyId())) {
        return false;
      }
      byte[] signed;
      try {
        signed = ChainFormat.signedBytes(entry.line().bytes());
      } catch (IllegalArgumentException e) {
        return false;
      }
      Mac mac = macs.computeIfAbsent(r.keyId(), id -> ChainFormat.hmac(id, keys.get(id)));
      String expected = ChainFormat.hex(mac.doFinal(signed));
      return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
          r.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private void accept(Entry entry) {
      ChainRecord r = entry.record();
      lastPrevHash = r.prevHash();
      lastSequence = r.sequence();
      lastHash = entry.hash();
      lastLine = entry.number();
      records++;
      if (r.checkpoint()) {
        checkpoints++;
        lastCheckpointLine = entry.number();
        lastCheckpoint = AuditAnchor.of(r.sequence(), entry.hash());
        eventsSinceCheckpoint = 0;
        closed = ChainFormat.REASON_CLOSE.equals(r.reason());
        if (ChainFormat.REASON_OPEN.equals(r.reason()) && ChainFormat.SESSION_UNCLOSED.equals(r.previousSession())) {
          uncleanRestarts++;
        }
      } else {
        events++;
        eventsSinceCheckpoint++;
        closed = false;
      }
    }

    private Problem unclosed() {
      if (records == 0) {
        return new Problem(Kind.TRUNCATED, 1, 1,
            "the log is empty: it lacks even the checkpoint every writer starts with");
      }
      return new Problem(Kind.UNCLOSED, lastLine + 1, lastSequence + 1, String.format("the log ends %d event(s) "
          + "after its last checkpoint (line %d) without a closing checkpoint: its writer crashed or is still "
          + "running, or records after that checkpoint were cut off (only an anchor beyond it could tell)",
          eventsSinceCheckpoint, lastCheckpointLine));
    }

    /** The line number of the first record from {@code next} on with a sequence in [from, to), or 0. */
    private long findSequence(Entry next, long from, long to) throws IOException {
      for (Entry e = next; e != null; e = read()) {
        if (e.record() != null && e.record().sequence() >= from && e.record().sequence() < to) {
          return e.number();
        }
      }
      return 0;
    }

    private boolean linksTo(Entry entry, String hash) {
      return entry != null && entry.record() != null && entry.record().prevHash().equals(hash);
    }

    private Entry read() throws IOException {
      LineReader.Line line = in.next();
      if (line == null) {
        return null;
      }
      String hash = ChainFormat.hex(sha256.digest(line.bytes()));
      if (line.oversized()) {
        return new Entry(line, null, "longer than " + ChainFormat.MAX_LINE_BYTES + " bytes, which no record is", hash);
      }
      try {
        return new Entry(line, ChainRecord.parse(line.bytes()), null, hash);
      } catch (ChainRecord.MalformedException e) {
        return new Entry(line, null, e.getMessage(), hash);
      }
    }

    private AuditLogVerification result(Problem problem) {
      return new AuditLogVerification(records, events, checkpoints, lastSequence, closed, uncleanRestarts,
          Optional.ofNullable(lastCheckpoint), Optional.ofNullable(problem));
    }
  }
}
