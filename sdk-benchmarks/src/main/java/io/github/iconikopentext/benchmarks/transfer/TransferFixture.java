package io.github.iconikopentext.benchmarks.transfer;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.OpenTextTarget;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/**
 * What every transfer benchmark works with: a source file of the given size on disk (generated once per size and
 * kept in the temporary directory across forks), the iconik simulator serving it from disk, the OpenText simulator
 * counting uploads without storing them, SDK clients of both, a plain OkHttp client without timeouts for the
 * limits, and an archive directory. Not thread-safe: one benchmark thread.
 */
final class TransferFixture implements AutoCloseable {
  static final int MIB = 1024 * 1024;

  final long size;
  final Path source;
  final Path archive;
  final IconikSimulator iconikSim;
  final OpenTextSimulator openTextSim;
  final IconikClient iconik;
  final OpenTextClient openText;
  final OkHttpClient plain;
  final String assetId;
  final String fileId;
  final String cssUploadUrl;
  final String bearerToken;

  TransferFixture(int mebibytes) throws IOException {
    this.size = (long) mebibytes * MIB;
    this.source = sourceFile(mebibytes);
    this.archive = Files.createTempDirectory("transfer-benchmark-archive");
    this.iconikSim = IconikSimulator.start();
    this.openTextSim = OpenTextSimulator.builder().cmsRequestsPerSecond(0).keepUploadedContent(false).start();
    openTextSim.seedTypeDefinition(new TypeDefinition("media_asset", "demo", "Media asset", null, Category.FILE,
        null, List.of()));
    HttpOptions unthrottled = HttpOptions.builder().rateLimit(RateLimit.perSecond(1_000_000)).build();
    this.iconik = IconikClient.builder(iconikSim.environment(), iconikSim.credentials()).httpOptions(unthrottled)
        .build();
    // Both clients without their client-side rate limits (iconik 50/s, CMS 5/s), which the simulators do not need.
    this.openText = OpenTextClient.builder(openTextSim.environment("bench"))
        .clientCredentials(openTextSim.clientCredentials()).cmsRateLimit(RateLimit.perSecond(1_000_000)).build();
    this.plain = new OkHttpClient.Builder().readTimeout(Duration.ZERO).writeTimeout(Duration.ZERO).build();
    this.assetId = iconikSim.seedAsset("Benchmark media");
    this.fileId = iconikSim.seedFile(assetId, "media.mxf", source).fileId();
    this.cssUploadUrl = openTextSim.baseUrl() + "/css/v3/files/fromStream";
    this.bearerToken = openText.tokens().resolveCredential().secret().reveal();
  }

  /** A fresh download URL of the source, as iconik hands one out. */
  String downloadUrl() {
    return iconik.files().downloadUrl(assetId, fileId);
  }

  /** An SDK transfer with a store of its own, so that every operation transfers again. */
  TransferResult transferTo(boolean toOpenText) {
    AssetTransfer transfer = AssetTransfer.builder(iconik).store(new InMemoryTransferStore()).build();
    return transfer.transfer(assetId, "ORIGINAL", toOpenText
        ? OpenTextTarget.builder(openText, "media_asset").build()
        : new FileSystemTarget("archive", archive));
  }

  /** A 1 MiB block of the source's kind (pseudo-random), for the hashing floor and the upload limit. */
  static byte[] block() {
    byte[] block = new byte[MIB];
    new Random(16).nextBytes(block);
    return block;
  }

  /** The source of {@code mebibytes} MiB: pseudo-random blocks, each made distinct by its index. */
  private static Path sourceFile(int mebibytes) throws IOException {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "iconik-opentext-transfer-source-" + mebibytes + ".bin");
    if (Files.exists(file) && Files.size(file) == (long) mebibytes * MIB) {
      return file;
    }
    Path partial = Files.createTempFile(file.getParent(), "transfer-source", ".part");
    byte[] block = block();
    try (OutputStream out = Files.newOutputStream(partial)) {
      for (int i = 0; i < mebibytes; i++) {
        block[0] = (byte) i;
        block[1] = (byte) (i >> 8);
        out.write(block);
      }
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  /** Deletes everything written into the archive directory, keeping the directory. */
  void clearArchive() throws IOException {
    try (Stream<Path> files = Files.walk(archive)) {
      files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(archive)).forEach(p -> p.toFile().delete());
    }
  }

  @Override
  public void close() {
    iconikSim.close();
    openTextSim.close();
    try {
      clearArchive();
      Files.deleteIfExists(archive);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
