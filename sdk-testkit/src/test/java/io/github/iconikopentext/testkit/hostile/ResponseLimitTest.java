package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.ASSETS_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.InvalidResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The maximum response size ({@code HttpOptions.maxResponseBytes}) in a 64 MiB heap: raised, a page of 128 MiB
 * streams through; a gzip bomb (256 MiB unpacked from a few hundred KiB) fails at the limit, which counts unpacked
 * bytes.
 */
@Tag("small-heap")
class ResponseLimitTest {
  private static final long MIB = 1024 * 1024;
  private HostileServer server;

  @BeforeEach
  void start() {
    server = Fixture.behaving(HostileServer.start());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRaisedLimit_letsAPageLargerThanTheHeapStreamThrough() {
    server.on("GET", ASSETS_PATH, SmallHeapTest.pageWithJunk(128 * MIB));

    assertThat(Fixture.iconik(server, Fixture.patientOptions().toBuilder().maxResponseBytes(256 * MIB).build()).assets()
        .list().stream().toList()).hasSize(1);
  }

  @Test
  void aGzipBomb_failsAtTheLimitOfUnpackedBytes() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      gzip.write("{\"objects\": [], \"junk\": [".getBytes(StandardCharsets.UTF_8));
      byte[] zeros = "0,".repeat(512 * 1024).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 256; i++) {
        gzip.write(zeros);
      }
      gzip.write("0]}".getBytes(StandardCharsets.UTF_8));
    }
    server.on("GET", ASSETS_PATH, Answer.bytes(200, "application/json", packed.toByteArray())
        .header("Content-Encoding", "gzip"));

    assertThatThrownBy(() -> Fixture.iconik(server, Fixture.patientOptions()).assets().list().stream().toList())
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("maximum response size");
  }
}
