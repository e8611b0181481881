package io.github.iconikopentext.core.audit.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;

/**
 * The chain-relevant part of one log line: its sequence, the hash it links to and, for checkpoints, what the
 * checkpoint says. Everything else in the line is covered by the hash and need not be read. Not part of the API.
 *
 * @param sequence the record's sequence number (≥ 1)
 * @param prevHash the hash of the line before it, as recorded
 * @param checkpoint whether the record is a checkpoint
 * @param keyId checkpoints: the HMAC key's id
 * @param signature checkpoints: the HMAC, hex
 * @param reason checkpoints: why it was written
 * @param previousSession checkpoints written when a log is reopened: whether the previous writer closed it
 */
public record ChainRecord(long sequence, String prevHash, boolean checkpoint, String keyId, String signature,
    String reason, String previousSession) {

  /** A line that is not a chain record, and why. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads the chain attributes of one line (without its LF). */
  public static ChainRecord parse(byte[] line) throws MalformedException {
    String sequence = null;
    String prevHash = null;
    String type = null;
    String keyId = null;
    String signature = null;
    String reason = null;
    String previousSession = null;
    try (JsonReader r = JsonReader.of(new Buffer().write(line))) {
      r.beginObject();
      while (r.hasNext()) {
        switch (r.nextName()) {
          case "sequence" -> sequence = r.nextString();
          case "prevhash" -> prevHash = r.nextString();
          case "type" -> type = r.nextString();
          case "data" -> {
            if (r.peek() != JsonReader.Token.BEGIN_OBJECT) {
              r.skipValue();
            } else {
              r.beginObject();
              while (r.hasNext()) {
                switch (r.nextName()) {
                  case "keyid" -> keyId = r.nextString();
                  case "signature" -> signature = r.nextString();
                  case "reason" -> reason = r.nextString();
                  case "previous_session" -> previousSession = r.nextString();
                  default -> r.skipValue();
                }
              }
              r.endObject();
            }
          }
          default -> r.skipValue();
        }
      }
      r.endObject();
      if (r.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedException("text follows the record");
      }
    } catch (IOException | JsonDataException e) {
      throw new MalformedException("not a JSON object (" + e.getMessage() + ")");
    }
    if (type == null) {
      throw new MalformedException("no type");
    }
    if (!ChainFormat.isHash(prevHash)) {
      throw new MalformedException("prevhash is missing or not 64 lower-case hex digits");
    }
    long seq = parseSequence(sequence);
    boolean isCheckpoint = ChainFormat.CHECKPOINT_TYPE.equals(type);
    if (isCheckpoint && (keyId == null || reason == null || !ChainFormat.isHash(signature))) {
      throw new MalformedException("checkpoint lacks keyid, reason or a 64-digit hex signature");
    }
    return new ChainRecord(seq, prevHash, isCheckpoint, keyId, signature, reason, previousSession);
  }

  private static long parseSequence(String s) throws MalformedException {
    if (s == null || s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedException("sequence is missing or not a decimal number");
    }
    long value = Long.parseLong(s);
    if (value < 1) {
      throw new MalformedException("sequence is 0");
    }
    return value;
  }
}
