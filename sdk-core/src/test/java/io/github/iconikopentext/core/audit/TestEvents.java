package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Shared fixtures: sample events, checkpoint keys, and a way to write a small log with a known layout. */
final class TestEvents {
  static final Instant T0 = Instant.parse("2024-10-02T17:06:00.314Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  static final String KEY_SECRET = "audit-hmac-key-0123456789abcdef-0123456789";
  static final Credential KEY = new Credential("audit-key-1", Secret.of(KEY_SECRET), null, "1");
  static final StaticCredentialsProvider KEY_PROVIDER = StaticCredentialsProvider.of(KEY);

  private TestEvents() {}

  static AuditEvent event(int n) {
    return AuditEvent.builder(AuditAction.ASSET_READ)
        .id("evt-" + n)
        .time(T0.plusSeconds(n))
        .environment("prod")
        .system(AuditSystem.of("iconik", "iconik"))
        .credential("app-id-1", "v2")
        .target(AuditTarget.asset("asset-" + n))
        .requestId("req-" + n)
        .build();
  }

  static JsonLinesAuditSink.Builder sink(Path path) {
    return sink(path, KEY_PROVIDER);
  }

  static JsonLinesAuditSink.Builder sink(Path path, CredentialsProvider key) {
    return JsonLinesAuditSink.builder(path, key)
        .checkpointEvery(5)
        .checkpointInterval(Duration.ZERO)
        .syncInterval(Duration.ZERO)
        .clock(CLOCK);
  }

  /**
   * Writes 12 events and closes: line 1 open checkpoint, lines 2–6 events, line 7 checkpoint, lines 8–12 events,
   * line 13 checkpoint, lines 14–15 events, line 16 closing checkpoint. Line n holds sequence n.
   */
  static Path writeLog(Path dir) {
    Path path = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink sink = sink(path).build()) {
      for (int i = 1; i <= 12; i++) {
        sink.write(event(i));
      }
    }
    return path;
  }

  static List<String> lines(Path path) throws IOException {
    return new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
  }

  static void writeLines(Path path, List<String> lines) throws IOException {
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  static AuditLogVerifier verifier() {
    return AuditLogVerifier.builder().key(KEY).build();
  }
}
