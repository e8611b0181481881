package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyCommandTest {
  private static final String KEY = "audit-key-0123456789-0123456789-0123456789";

  @TempDir
  Path dir;
  private Path log;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    log = dir.resolve("audit.jsonl");
    try (JsonLinesAuditSink sink = JsonLinesAuditSink.builder(log, StaticCredentialsProvider.of("audit", KEY))
        .build()) {
      for (int i = 1; i <= 3; i++) {
        sink.write(AuditEvent.builder(AuditAction.ASSET_READ).environment("dev").target(AuditTarget.asset("a-" + i))
            .build());
      }
    }
    cli = new CliRunner(dir);
    cli.env.put("AUDIT_HMAC_KEY", KEY);
  }

  @Test
  void anIntactLog_isOk_withItsRecordCount() {
    CliRunner.Result r = cli.run("audit", "verify", log.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("ok: 5 records" + System.lineSeparator()); // open + 3 events + close
  }

  @Test
  void anEditedRecord_isNamedWithItsLine_andExitsOne() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    lines.set(2, lines.get(2).replace("a-2", "a-9"));
    Files.write(log, lines, StandardCharsets.UTF_8);

    CliRunner.Result r = cli.run("audit", "verify", log.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).startsWith("bad record at line 3 (sequence 3): EDITED (tampering)");
  }

  @Test
  void theWrongKey_failsVerification_withoutShowingAnyKey() {
    cli.env.put("OTHER_KEY", "another-key-0123456789-0123456789-0123456");

    CliRunner.Result r = cli.run("audit", "verify", log.toString(), "--key-ref", "env:OTHER_KEY");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).contains("EDITED").doesNotContain(KEY).doesNotContain("another-key");
  }

  @Test
  void aKeyIdTheLogDoesNotUse_isUnverifiable() {
    CliRunner.Result r = cli.run("audit", "verify", log.toString(), "--key-id", "audit-2025");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).contains("UNVERIFIABLE", "'audit'");
  }

  @Test
  void anUnsetKeyVariable_isAUsageError_namingIt() {
    cli.env.remove("AUDIT_HMAC_KEY");

    CliRunner.Result r = cli.run("audit", "verify", log.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("env:AUDIT_HMAC_KEY");
  }

  @Test
  void aCrashedWritersTornLastLine_isIncomplete_withItsOwnExitCode_notTampering() throws IOException {
    Files.writeString(log, "{\"data\":{\"action\":\"asset.re", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    CliRunner.Result r = cli.run("audit", "verify", log.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(r.out()).startsWith("incomplete: TORN_LAST_LINE at line 6").doesNotContain("(tampering)");
  }

  @Test
  void aWriterKilledBeforeItsClosingCheckpoint_isIncomplete_notTampering() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    Files.write(log, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8); // no closing checkpoint

    CliRunner.Result r = cli.run("audit", "verify", log.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(r.out()).startsWith("incomplete: UNCLOSED").doesNotContain("(tampering)");
  }

  @Test
  void theAnchorPrintedByOneRun_catchesALogCutBackBeforeIt_inTheNext() throws IOException {
    CliRunner.Result first = cli.run("audit", "verify", log.toString());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("last verified checkpoint: (\\S+)").matcher(first.err());
    assertThat(m.find()).as(first.toString()).isTrue();
    String anchor = m.group(1);
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    Files.write(log, lines.subList(0, 1), StandardCharsets.UTF_8); // back to the opening checkpoint

    CliRunner.Result r = cli.run("audit", "verify", log.toString(), "--live", "--anchor", anchor);

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).startsWith("bad record at line 2 (sequence 2): TRUNCATED (tampering)");
    assertThat(cli.run("audit", "verify", log.toString(), "--live").exitCode()).as("without the anchor").isZero();
  }

  @Test
  void aMalformedAnchor_isAUsageError_namingTheOption() {
    CliRunner.Result r = cli.run("audit", "verify", log.toString(), "--anchor", "5:not-a-hash");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--anchor", "64 hex digits");
  }

  @Test
  void aMissingFile_isAUsageError() {
    CliRunner.Result r = cli.run("audit", "verify", dir.resolve("absent.jsonl").toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
  }
}
