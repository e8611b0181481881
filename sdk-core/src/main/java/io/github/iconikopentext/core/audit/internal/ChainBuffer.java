package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * The head of a hash chain and its records not yet written: gives each event or checkpoint its sequence and
 * {@code prevhash}, hashes the line and keeps it in memory until {@link #drainTo} hands the bytes to the file.
 * Checkpoints are signed with the key the provider returns at that moment, so a rotated key takes effect at the
 * next checkpoint.
 *
 * <p>Not thread-safe: {@link HashChainWriter} calls it only under its lock. Not part of the API.
 */
final class ChainBuffer {
  private final Path path;
  private final CredentialsProvider key;
  private final Clock clock;
  private final MessageDigest sha256 = ChainFormat.sha256();

  private byte[] pending;
  private int pendingSize;
  private long lastSequence;
  private String lastHash = ChainFormat.ZERO_HASH;
  private long eventsSinceCheckpoint;
  private Credential keyCredential;
  private Mac mac;
  private AuditAnchor lastCheckpoint;

  ChainBuffer(Path path, CredentialsProvider key, Clock clock, int initialCapacity) {
    this.path = path;
    this.key = key;
    this.clock = clock;
    this.pending = new byte[initialCapacity];
  }

  /** Continues an existing chain whose last complete line is {@code lastLine}, with sequence {@code sequence}. */
  void continueAfter(long sequence, byte[] lastLine) {
    lastSequence = sequence;
    lastHash = ChainFormat.hex(sha256.digest(lastLine));
  }

  long lastSequence() {
    return lastSequence;
  }

  /** The anchor of the latest checkpoint appended (written to disk or not), or null before the first. */
  AuditAnchor lastCheckpoint() {
    return lastCheckpoint;
  }

  long eventsSinceCheckpoint() {
    return eventsSinceCheckpoint;
  }

  /** Bytes appended and not yet drained. */
  int size() {
    return pendingSize;
  }

  /** Writes every pending byte to {@code out} and empties the buffer. */
  void drainTo(DataOutput out) throws IOException {
    out.write(pending, 0, pendingSize);
    pendingSize = 0;
  }

  /** Appends an encoded event with the next sequence; returns that sequence. */
  long appendEvent(CloudEventCodec.Encoded encoded) {
    byte[] json = encoded.json();
    int at = encoded.chainOffset();
    long sequence = lastSequence + 1;
    byte[] chain = ChainFormat.chainAttributes(lastHash, sequence);
    int length = json.length + chain.length;
    int start = reserve(length + 1);
    System.arraycopy(json, 0, pending, start, at);
    System.arraycopy(chain, 0, pending, start + at, chain.length);
    System.arraycopy(json, at, pending, start + at + chain.length, json.length - at);
    commitLine(start, length, sequence);
    eventsSinceCheckpoint++;
    return sequence;
  }

  /** Appends a checkpoint signed with the current key; returns its sequence. */
  long appendCheckpoint(String reason, String previousSession, long discardedBytes) {
    return appendCheckpoint(reason, previousSession, discardedBytes, currentMac());
  }

  /** Appends a checkpoint signed with {@code currentMac}, got from {@link #currentMac()} earlier. */
  long appendCheckpoint(String reason, String previousSession, long discardedBytes, Mac currentMac) {
    long sequence = lastSequence + 1;
    byte[] line = ChainFormat.encodeCheckpoint(new ChainFormat.CheckpointFields(sequence, lastHash,
        clock.instant(), reason, eventsSinceCheckpoint, keyCredential.id(), previousSession,
        discardedBytes), currentMac);
    int start = reserve(line.length + 1);
    System.arraycopy(line, 0, pending, start, line.length);
    commitLine(start, line.length, sequence);
    eventsSinceCheckpoint = 0;
    lastCheckpoint = AuditAnchor.of(sequence, lastHash);
    return sequence;
  }

  /**
   * The HMAC for the current key; the provider is asked every time so that a rotated key takes effect.
   *
   * @throws AuditException if the provider fails
   */
  Mac currentMac() {
    Credential credential;
    try {
      credential = key.resolveCredential();
    } catch (RuntimeException e) {
      throw new AuditException("could not get the checkpoint key of audit log " + path + ": " + e.getMessage(), e);
    }
    if (credential != keyCredential) {
      byte[] secret = credential.secret().utf8Bytes();
      try {
        mac = ChainFormat.hmac(credential.id(), secret);
      } finally {
        Arrays.fill(secret, (byte) 0);
      }
      keyCredential = credential;
    }
    return mac;
  }

  /** Hashes the line just copied to {@code pending[start, start + length)} and terminates it. */
  private void commitLine(int start, int length, long sequence) {
    sha256.update(pending, start, length);
    lastHash = ChainFormat.hex(sha256.digest());
    pending[start + length] = '\n';
    pendingSize = start + length + 1;
    lastSequence = sequence;
  }

  private int reserve(int bytes) {
    if (pendingSize + bytes > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingSize + bytes));
    }
    return pendingSize;
  }
}
