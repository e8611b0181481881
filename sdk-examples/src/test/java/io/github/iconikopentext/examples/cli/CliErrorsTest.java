package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every CLI error names the option, the file and what is wrong, and bad values are usage errors (exit 2). */
class CliErrorsTest {
  @TempDir Path dir;
  private CliRunner cli;
  private Path body;
  private Path empty;
  private Path binary;
  private Path missing;

  @BeforeEach
  void files() throws IOException {
    cli = new CliRunner(dir);
    body = Files.writeString(dir.resolve("body.json"), "{\"a\":1}", StandardCharsets.UTF_8);
    empty = Files.createFile(dir.resolve("empty.json"));
    binary = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
    missing = dir.resolve("absent.json");
  }

  private static void assertUsage(CliRunner.Result r, String... mentions) {
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).as(r.toString()).contains(mentions)
        .doesNotContain("End of input").doesNotContain("Input length");
  }

  @Test
  void anEmptyInput_saysWhichOptionAndFile_andThatItIsEmpty() {
    assertUsage(cli.run("map", "--builtin", "media-governance", "--direction", "to-opentext", "--input",
        empty.toString()), "--input " + empty + ": is empty; expected a JSON object");
  }

  @Test
  void aCutOffJsonInput_saysItEndsEarly() throws IOException {
    Files.writeString(body, "{\"a\":", StandardCharsets.UTF_8);

    assertUsage(cli.run("map", "--builtin", "media-governance", "--direction", "to-opentext", "--input",
        body.toString()), "--input " + body + ": ends in the middle of its JSON");
  }

  @Test
  void aFileThatIsNotUtf8_namesTheByteAndOffset() {
    assertUsage(cli.run("map", "--builtin", "media-governance", "--direction", "to-opentext", "--input",
        binary.toString()), "--input " + binary + ": is not UTF-8 text (byte 0xE9 at offset 2)");
    assertUsage(cli.run("template", "validate", "--template", binary.toString(), "--values", body.toString()),
        "--template " + binary + ": is not UTF-8 text");
  }

  @Test
  void aMissingFile_saysNoSuchFile_withItsOption() {
    assertUsage(cli.run("map", "--spec", missing.toString(), "--direction", "to-opentext", "--input",
        body.toString()), "--spec " + missing + ": no such file");
    assertUsage(cli.run("webhook", "verify", "--scheme", "github", "--secret", "s", "--body-file",
        missing.toString()), "--body-file " + missing + ": no such file");
    assertUsage(cli.run("template", "validate", "--template", missing.toString(), "--values", body.toString()),
        "--template " + missing + ": no such file");
    assertUsage(cli.run("status", "--env-file", missing.toString()), "--env-file " + missing + ": no such file");
  }

  @Test
  void aDirectoryWhereAFileBelongs_saysSo() {
    assertUsage(cli.run("webhook", "sign", "--scheme", "standard", "--secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "--body-file", dir.toString()), "--body-file " + dir + ": is a directory");
  }

  @Test
  void anEmptyValuesFile_isNamed() {
    assertUsage(cli.run("template", "validate", "--template", body.toString(), "--values", empty.toString()),
        "--values " + empty + ": is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "0", "31536001", "9223372036854775807"})
  void anOutOfRangeTolerance_isAUsageError_namingTheOption(String tolerance) {
    assertUsage(cli.run("webhook", "verify", "--scheme", "stripe", "--secret", "s", "--header",
        "Stripe-Signature: t=1,v1=aa", "--body-file", body.toString(), "--tolerance", tolerance),
        "--tolerance " + tolerance + ": must be between 1 and 31536000 seconds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "253402300800", "999999999999999999"})
  void anOutOfRangeNow_isAUsageError_namingTheOption(String now) {
    assertUsage(cli.run("webhook", "verify", "--scheme", "stripe", "--secret", "s", "--header",
        "Stripe-Signature: t=1,v1=aa", "--body-file", body.toString(), "--now", now), "--now " + now + ": must be");
    assertUsage(cli.run("webhook", "sign", "--scheme", "stripe", "--secret", "s", "--body-file", body.toString(),
        "--timestamp", now), "--timestamp " + now + ": must be");
  }

  @Test
  void theFallback_turnsTerseJdkExceptionsIntoSentences() {
    assertThat(Cli.describe(new java.nio.file.NoSuchFileException("/nonexistent"))).isEqualTo("no such file: /nonexistent");
    assertThat(Cli.describe(new java.nio.charset.MalformedInputException(1))).contains("not UTF-8 text");
    assertThat(Cli.describe(new java.io.EOFException("End of input"))).contains("empty or cut off");
  }
}
