package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookCommandTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final long SIGNED_AT = 1_700_000_000L;
  private static final String BODY = "{\"event_type\":\"assets\",\"realm\":\"approvals\",\"request_id\":\"r-1\"}";

  @TempDir
  Path dir;
  private Path body;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    body = Files.writeString(dir.resolve("body.json"), BODY);
    cli = new CliRunner(dir);
  }

  @Test
  void sign_thenVerify_printsVerified() {
    CliRunner.Result signed = cli.run("webhook", "sign", "--scheme", "standard", "--secret", SECRET,
        "--id", "msg_1", "--timestamp", Long.toString(SIGNED_AT), "--body-file", body.toString());
    assertThat(signed.exitCode()).as(signed.toString()).isZero();
    assertThat(signed.out()).contains("webhook-id: msg_1", "webhook-timestamp: " + SIGNED_AT, "webhook-signature: v1,");

    CliRunner.Result verified = cli.run(verifyArgs("standard", SECRET, headerArgs(signed.out()), SIGNED_AT + 10));

    assertThat(verified.exitCode()).as(verified.toString()).isZero();
    assertThat(verified.out()).isEqualTo("verified" + System.lineSeparator());
  }

  @Test
  void verify_ofAModifiedBody_isRejectedWithExitOne() throws IOException {
    List<String> headers = standardHeaders(SECRET);
    Files.writeString(body, BODY.replace("r-1", "r-2"));

    CliRunner.Result r = cli.run(verifyArgs("standard", SECRET, headers, SIGNED_AT));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).isEqualTo("rejected: NO_MATCHING_SIGNATURE" + System.lineSeparator());
    assertThat(r.err()).doesNotContain(SECRET);
  }

  @Test
  void verify_tooLateForTheTolerance_isRejectedAsTooOld() {
    List<String> args = new ArrayList<>(List.of(
        verifyArgs("standard", SECRET, standardHeaders(SECRET), SIGNED_AT + 61)));
    args.addAll(List.of("--tolerance", "60"));

    CliRunner.Result r = cli.run(args.toArray(String[]::new));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).startsWith("rejected: TIMESTAMP_TOO_OLD");
  }

  @Test
  void verify_withoutTheSignatureHeader_isRejectedAsMissingHeader() {
    CliRunner.Result r = cli.run(verifyArgs("standard", SECRET, List.of("--header", "webhook-id: msg_1"), SIGNED_AT));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).startsWith("rejected: MISSING_HEADER");
  }

  @Test
  void verify_acceptsTheOldSecretDuringRotation_andASecretByReference() {
    List<String> args = new ArrayList<>(List.of(verifyArgs("standard", "whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldw==",
        standardHeaders(SECRET), SIGNED_AT)));
    args.addAll(List.of("--secret-ref", "env:OLD_WEBHOOK_SECRET"));
    cli.env.put("OLD_WEBHOOK_SECRET", SECRET);

    CliRunner.Result r = cli.run(args.toArray(String[]::new));

    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  @Test
  void verify_sharedSecret_stripeAndGithub() {
    assertThat(cli.run(verifyArgs("shared-secret", "s3cret-value", List.of("--header", "X-Iconik-Secret: s3cret-value"),
        SIGNED_AT)).exitCode()).isZero();
    assertThat(cli.run(verifyArgs("shared-secret", "s3cret-value", List.of("--header", "X-Iconik-Secret: other"),
        SIGNED_AT)).out()).startsWith("rejected: NO_MATCHING_SIGNATURE");
    assertThat(cli.run(verifyArgs("stripe", "whsec_stripe", headers(WebhookScheme.stripe(), "whsec_stripe"),
        SIGNED_AT)).exitCode()).isZero();
    assertThat(cli.run(verifyArgs("github", "gh-secret", headers(WebhookScheme.github(), "gh-secret"),
        SIGNED_AT)).exitCode()).isZero();
  }

  @Test
  void signAndVerify_agreeForEveryScheme() {
    for (String scheme : List.of("standard", "stripe", "github", "shared-secret")) {
      String secret = scheme.equals("standard") ? SECRET : "secret-for-" + scheme;
      CliRunner.Result signed = cli.run("webhook", "sign", "--scheme", scheme, "--secret", secret,
          "--id", "msg_9", "--timestamp", Long.toString(SIGNED_AT), "--body-file", body.toString());
      CliRunner.Result verified = cli.run(verifyArgs(scheme, secret, headerArgs(signed.out()), SIGNED_AT));
      assertThat(verified.exitCode()).as(scheme + ": " + verified).isZero();
    }
  }

  @Test
  void unknownScheme_orNoSecret_orMalformedHeader_areUsageErrors() {
    assertThat(cli.run(verifyArgs("hmac", SECRET, List.of(), SIGNED_AT)).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("webhook", "verify", "--scheme", "standard", "--body-file", body.toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    CliRunner.Result malformed = cli.run(verifyArgs("standard", SECRET, List.of("--header", "no colon"), SIGNED_AT));
    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(malformed.err()).contains("--header must look like 'Name: value'");
    assertThat(cli.run("webhook", "verify", "--scheme", "standard", "--secret", SECRET).exitCode())
        .as("--body-file is required").isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void missingBodyFile_isAUsageError() {
    CliRunner.Result r = cli.run("webhook", "verify", "--scheme", "standard", "--secret", SECRET,
        "--body-file", dir.resolve("absent.json").toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
  }

  private List<String> standardHeaders(String secret) {
    return headers(WebhookScheme.standardWebhooks(), secret);
  }

  private static List<String> headers(WebhookScheme scheme, String secret) {
    Map<String, String> headers = WebhookSigner.builder(scheme).secret(Secret.of(secret)).build()
        .sign("msg_1", Instant.ofEpochSecond(SIGNED_AT), BODY.getBytes(StandardCharsets.UTF_8));
    List<String> args = new ArrayList<>();
    headers.forEach((name, value) -> args.addAll(List.of("--header", name + ": " + value)));
    return args;
  }

  private static List<String> headerArgs(String signOutput) {
    List<String> args = new ArrayList<>();
    signOutput.lines().forEach(line -> args.addAll(List.of("--header", line)));
    return args;
  }

  private String[] verifyArgs(String scheme, String secret, List<String> headerArgs, long now) {
    List<String> args = new ArrayList<>(List.of("webhook", "verify", "--scheme", scheme, "--secret", secret,
        "--body-file", body.toString(), "--now", Long.toString(now)));
    args.addAll(headerArgs);
    return args.toArray(String[]::new);
  }
}
