package io.github.iconikopentext.integration.transfer;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An archive on a filesystem: files land at {@code <root>/<asset id>/<file name>}. Before anything is downloaded,
 * {@link #prepare} checks that the file name is usable and that the directories can be created and written. Content
 * is first written to {@code <root>/.partial/<transfer id>.part} — so an interrupted attempt resumes where it
 * stopped — then fsynced and renamed atomically into place once verified; a transfer that fails for good deletes its
 * {@code .part} file ({@link #abort}).
 *
 * <p>The mapped metadata of the item ({@link OpenTextMetadata}, what the OpenText target writes into the CMS
 * instance, or a map) lands beside the file in a JSON sidecar, {@code <file name>}{@value #SIDECAR_SUFFIX}:
 * {@code {"transfer_id", "asset_id", "file_id", "file_name", "bytes", "sha256", "properties", "traits"}}. It is
 * written (atomically) before the file is moved into place, so a file in the archive always has its metadata.
 * Items without metadata get no sidecar. Thread-safe for different transfers.
 */
public final class FileSystemTarget implements AuditedTarget {
  /** The suffix of the metadata sidecar beside each file. */
  public static final String SIDECAR_SUFFIX = ".metadata.json";
  private static final JsonAdapter<Map<String, Object>> SIDECAR = Json.moshi()
      .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class)).indent("  ");

  private final String name;
  private final Path root;

  public FileSystemTarget(String name, Path root) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.root = Objects.requireNonNull(root, "root == null").toAbsolutePath().normalize();
  }

  @Override
  public String name() {
    return name;
  }

  /** {@code filesystem}. */
  @Override
  public String kind() {
    return "filesystem";
  }

  /** None: the process's own file permissions. */
  @Override
  public String credentialId() {
    return null;
  }

  /**
   * Checks the destination: a file name that stays one path segment inside the root, a destination that is not a
   * directory, and directories that exist or can be created and are writable.
   *
   * @throws ConfigurationException naming what is wrong
   */
  @Override
  public void prepare(TransferItem item) {
    Path destination = destination(item);
    if (Files.isDirectory(destination)) {
      throw new ConfigurationException(this + ": the destination " + destination + " of transfer "
          + item.id().value() + " is a directory");
    }
    writableDirectory(partial(item).getParent());
    writableDirectory(destination.getParent());
  }

  private void writableDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ConfigurationException(this + ": cannot create the directory " + directory + ": " + e, e);
    }
    if (!Files.isWritable(directory)) {
      throw new ConfigurationException(this + ": the directory " + directory + " is not writable");
    }
  }

  @Override
  public long resumeOffset(TransferItem item) throws IOException {
    Path part = partial(item);
    return Files.exists(part) ? Files.size(part) : 0;
  }

  @Override
  public InputStream openWritten(TransferItem item) throws IOException {
    return Files.newInputStream(partial(item));
  }

  @Override
  public String write(TransferItem item, InputStream content, long offset) throws IOException {
    Path part = partial(item);
    Files.createDirectories(part.getParent());
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      channel.truncate(offset); // drop anything past the verified resume point
      channel.position(offset);
      OutputStream out = Channels.newOutputStream(channel);
      content.transferTo(out); // in the content's own pieces (about 1 MiB), not 8 KiB at a time
      channel.force(true);
    }
    return part.toString();
  }

  @Override
  public String commit(TransferItem item, String handle, VerifiedContent content) throws IOException {
    Path destination = destination(item);
    Path part = Path.of(handle);
    Files.createDirectories(destination.getParent());
    writeSidecar(item, content, destination);
    if (!Files.exists(part) && Files.exists(destination) && Files.size(destination) == content.bytes()) {
      return destination.toString(); // committed by an earlier attempt
    }
    moveIntoPlace(part, destination);
    return destination.toString();
  }

  /** Where the metadata of a file at {@code destination} is kept. */
  public static Path sidecarOf(Path destination) {
    return destination.resolveSibling(destination.getFileName() + SIDECAR_SUFFIX);
  }

  private static void writeSidecar(TransferItem item, VerifiedContent content, Path destination) throws IOException {
    Map<String, Object> metadata = metadataOf(item.metadata());
    if (metadata == null) {
      return;
    }
    Map<String, Object> sidecar = new LinkedHashMap<>();
    sidecar.put("transfer_id", item.id().value());
    sidecar.put("asset_id", item.id().assetId());
    sidecar.put("file_id", item.id().fileId());
    sidecar.put("file_name", item.fileName());
    sidecar.put("bytes", content.bytes());
    sidecar.put("sha256", content.sha256());
    sidecar.putAll(metadata);
    Path sidecarFile = sidecarOf(destination);
    Path temporary = sidecarFile.resolveSibling("." + sidecarFile.getFileName() + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap((SIDECAR.toJson(sidecar) + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    }
    moveIntoPlace(temporary, sidecarFile);
  }

  /** The metadata members of the sidecar, or null when the item has none. */
  private static Map<String, Object> metadataOf(Object metadata) {
    if (metadata instanceof OpenTextMetadata m) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("properties", m.properties());
      members.put("traits", m.traits());
      return members;
    }
    if (metadata instanceof Map<?, ?> map) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("properties", map);
      members.put("traits", Map.of());
      return members;
    }
    return null;
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void discard(TransferItem item, String handle) throws IOException {
    Files.deleteIfExists(Path.of(handle));
  }

  /** Deletes the transfer's {@code .part} file. */
  @Override
  public void abort(TransferItem item) throws IOException {
    Files.deleteIfExists(partial(item));
  }

  private Path partial(TransferItem item) {
    return root.resolve(".partial").resolve(item.id().value() + ".part");
  }

  private Path destination(TransferItem item) {
    Path dir = root.resolve(safe(item.id().assetId(), "asset id"));
    Path file = dir.resolve(safe(item.fileName(), "file name")).normalize();
    if (!file.startsWith(root)) {
      throw new ConfigurationException("file name of " + item.id() + " escapes the archive root");
    }
    return file;
  }

  /** Keeps a name to one path segment: no separators, no dot-dot. */
  static String safe(String name, String what) {
    String cleaned = name.replace('/', '_').replace('\\', '_').replace('\0', '_').strip();
    if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
      throw new ConfigurationException(what + " '" + name + "' cannot be used as a file name");
    }
    return cleaned;
  }

  @Override
  public String toString() {
    return "filesystem target " + name + " at " + root;
  }
}
