package io.github.iconikopentext.storage.s3;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * What {@link S3Target#write} hands to {@link S3Target#commit}: the multipart upload's id and its parts in order,
 * as text (the handle a {@code TransferTarget} returns is a string). Immutable.
 *
 * @param uploadId the multipart upload
 * @param parts the uploaded parts, by ascending part number
 */
record UploadHandle(String uploadId, List<CompletedPart> parts) {

  UploadHandle {
    parts = List.copyOf(parts);
  }

  /** {@code uploadId}, then one line {@code number etag sha256} per part. */
  String encode() {
    StringBuilder out = new StringBuilder(uploadId).append('\n');
    for (CompletedPart p : parts) {
      out.append(p.partNumber()).append(' ').append(p.eTag()).append(' ').append(p.checksumSHA256()).append('\n');
    }
    return out.toString();
  }

  static UploadHandle decode(String text) {
    String[] lines = text.split("\n", 2);
    List<CompletedPart> parts = new ArrayList<>();
    for (String line : (lines.length > 1 ? lines[1] : "").split("\n")) {
      if (!line.isBlank()) {
        String[] f = line.split(" ", 3);
        parts.add(CompletedPart.builder().partNumber(Integer.parseInt(f[0])).eTag(f[1])
            .checksumSHA256("null".equals(f[2]) ? null : f[2]).build());
      }
    }
    return new UploadHandle(lines[0], parts);
  }

  /** The upload id alone of an encoded handle. */
  static String uploadIdOf(String text) {
    return text.split("\n", 2)[0];
  }
}
