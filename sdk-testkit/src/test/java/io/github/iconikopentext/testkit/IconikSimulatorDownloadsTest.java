package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's download and upload URLs: ranges, faults mid-body, content on disk, uploads to disk. */
class IconikSimulatorDownloadsTest {
  private final IconikSimulator sim = IconikSimulator.start();
  private final IconikClient iconik = IconikClient.builder(sim.environment(), sim.credentials()).build();
  // HTTP/1.1 as signed storage URLs speak it: the JDK client's default h2c upgrade attempt once read a raw body on a
  // reused connection as HTTP/2 frames ("Frame type(239) ... exceeds MAX_FRAME_SIZE").
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final byte[] content = new byte[3 * 1024 * 1024 + 5];

  @TempDir
  Path dir;

  {
    new Random(11).nextBytes(content);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private HttpResponse<byte[]> get(String url, String range) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (range != null) {
      request.header("Range", range);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private String seededUrl(byte[] bytes) {
    String assetId = sim.seedAsset("Ranged");
    String fileId = sim.seedFile(assetId, "clip.mov", bytes).fileId();
    return iconik.files().downloadUrl(assetId, fileId);
  }

  @Test
  void rangesAreHonouredAsSignedStorageUrlsDo() throws Exception {
    String url = seededUrl(content);

    HttpResponse<byte[]> whole = get(url, null);
    HttpResponse<byte[]> middle = get(url, "bytes=1000-1999999");
    HttpResponse<byte[]> tail = get(url, "bytes=3000000-");
    HttpResponse<byte[]> suffix = get(url, "bytes=-10");
    HttpResponse<byte[]> pastTheEnd = get(url, "bytes=" + content.length + "-");

    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
    assertThat(whole.body()).isEqualTo(content);
    assertThat(middle.statusCode()).isEqualTo(206);
    assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 1000-1999999/" + content.length);
    assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(content, 1000, 2_000_000));
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, 3_000_000, content.length));
    assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(content, content.length - 10, content.length));
    assertThat(pastTheEnd.statusCode()).isEqualTo(416);
    assertThat(pastTheEnd.headers().firstValue("Content-Range")).contains("bytes */" + content.length);
  }

  @Test
  void aSourceThatIgnoresRangesSendsTheWholeFile() throws Exception {
    try (IconikSimulator ignoring = IconikSimulator.builder().honourRanges(false).start()) {
      IconikClient client = IconikClient.builder(ignoring.environment(), ignoring.credentials()).build();
      String assetId = ignoring.seedAsset("Whole");
      String fileId = ignoring.seedFile(assetId, "clip.mov", content).fileId();

      HttpResponse<byte[]> response = get(client.files().downloadUrl(assetId, fileId), "bytes=1000-");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(content);
    }
  }

  @Test
  void filesSeededFromDiskAreServedFromDisk_andBytesServedAreCounted() throws Exception {
    Path file = Files.write(dir.resolve("big.bin"), content);
    String assetId = sim.seedAsset("On disk");
    String fileId = sim.seedFile(assetId, "big.bin", file).fileId();
    String url = iconik.files().downloadUrl(assetId, fileId);

    assertThat(get(url, null).body()).isEqualTo(content);
    assertThat(get(url, "bytes=100-199").body()).isEqualTo(Arrays.copyOfRange(content, 100, 200));
    assertThat(sim.bytesServed(fileId)).isEqualTo(content.length + 100L);
    assertThat(sim.requestCount("GET", "/sim/files/.*")).isEqualTo(2);
    assertThat(iconik.files().file(assetId, fileId).size()).isEqualTo(content.length);
    assertThat(file).hasBinaryContent(content);
  }

  @Test
  void aDownloadCutOnceAfterATotal_sendsTheBytesUpToTheMark_acrossRequests_andLaterOnesAreWhole() throws Exception {
    String assetId = sim.seedAsset("Cut once");
    String fileId = sim.seedFile(assetId, "clip.mov", content).fileId();
    String url = iconik.files().downloadUrl(assetId, fileId);
    sim.cutDownloadOnceAfter(fileId, 1_500_000);

    assertThat(get(url, "bytes=0-999999").body()).isEqualTo(Arrays.copyOfRange(content, 0, 1_000_000));
    assertThatThrownBy(() -> get(url, "bytes=1000000-")).isInstanceOf(IOException.class);
    assertThat(sim.bytesServed(fileId)).isEqualTo(1_500_000);
    assertThat(get(url, null).body()).isEqualTo(content);
  }

  @Test
  void largeFiles_ofAnySize_areWrittenWithTheirDigest() throws Exception {
    Path file = dir.resolve("odd.bin");

    String sha256 = LargeFiles.writeRandom(file, 3L * 1024 * 1024 + 7);

    assertThat(file).hasSize(3L * 1024 * 1024 + 7);
    try (java.io.InputStream in = Files.newInputStream(file)) {
      assertThat(LargeFiles.sha256(in)).isEqualTo(sha256).hasSize(64)
          .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
              .digest(Files.readAllBytes(file))));
    }
    assertThat(LargeFiles.writeRandom(dir.resolve("again.bin"), 3L * 1024 * 1024 + 7)).as("same content each run")
        .isEqualTo(sha256);
  }

  @Test
  void aCutDownloadSendsItsFirstBytesThenBreaks_andTheNextIsWhole() throws Exception {
    String url = seededUrl(content);
    sim.injectFault("/sim/files/.*", IconikFault.cutAfter(1024 * 1024), 1);

    assertThatThrownBy(() -> get(url, null)).isInstanceOf(IOException.class);
    assertThat(get(url, null).body()).isEqualTo(content);
  }

  @Test
  void aStalledDownloadSendsNothingAfterItsFirstBytes() throws Exception {
    String url = seededUrl(content);
    sim.injectFault("/sim/files/.*", IconikFault.stallAfter(4096, Duration.ofMillis(600)), 1);
    HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofInputStream());

    try (java.io.InputStream in = response.body()) {
      assertThat(in.readNBytes(4096)).isEqualTo(Arrays.copyOf(content, 4096));
      long before = System.nanoTime();
      assertThatThrownBy(() -> in.readNBytes(1)).isInstanceOf(IOException.class);
      assertThat(System.nanoTime() - before).as("waited for the stall").isGreaterThan(400_000_000L);
    }
  }

  @Test
  void uploadsAreStreamedToDiskAndDownloadableAfterwards() throws Exception {
    String storageId = sim.seedStorage("Main", StoragePurpose.FILES);
    String assetId = sim.seedAsset("Uploaded");
    var format = iconik.files().createFormat(assetId, FormatRequest.named("ORIGINAL"));
    var fileSet = iconik.files().createFileSet(assetId, FileSetRequest.of("clip.mov", format.id(), storageId, "in"));
    var file = iconik.files().createFile(assetId, FileRequest.builder("clip.mov", fileSet.id())
        .size(content.length).build());

    int status = http.send(HttpRequest.newBuilder(URI.create(file.uploadUrl()))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();

    assertThat(status).isEqualTo(200);
    assertThat(sim.fileContent(file.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
    assertThat(get(iconik.files().downloadUrl(assetId, file.id()), "bytes=5-9").body())
        .isEqualTo(Arrays.copyOfRange(content, 5, 10));
  }
}
