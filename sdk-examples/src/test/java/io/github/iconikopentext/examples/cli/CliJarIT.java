package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI ({@code java -jar sdk-examples-VERSION-cli.jar}, run by failsafe after {@code package}) reports
 * the version it was built as, has help on its commands, keeps its errors, writes the starter files of {@code init}
 * from the resources it carries, generates a completion script bash sources, and runs the demo without the Spring
 * Boot of S3Mock, which it leaves out.
 */
class CliJarIT {
  private static Path jar;
  private static String java;

  @TempDir
  Path dir;

  @BeforeAll
  static void locate() {
    String path = System.getProperty("cli.jar");
    assertThat(path).as("failsafe passes the CLI jar as cli.jar").isNotBlank();
    jar = Path.of(path);
    assertThat(jar).isRegularFile();
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private CliRunner.Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the CLI did not finish within 60 s: " + command);
    }
    return new CliRunner.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void version_isTheProjectVersion() throws Exception {
    CliRunner.Result r = run("iconik", "assets", "list", "--version");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().strip()).isEqualTo("iconik-opentext SDK CLI " + System.getProperty("project.version"));
  }

  @Test
  void help_onASubcommand_exitsZero() throws Exception {
    CliRunner.Result r = run("iconik", "assets", "list", "--help");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Usage: iconik-opentext iconik assets list [-hV]");
  }

  @Test
  void init_writesEveryStarterFile_fromTheJar() throws Exception {
    Path project = dir.resolve("project");

    CliRunner.Result r = run("init", project.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(InitCommand.FILES).allSatisfy(name -> assertThat(project.resolve(name))
        .hasBinaryContent(InitCommand.content(name)));
  }

  @Test
  void anUnknownOption_isStillAUsageError() throws Exception {
    CliRunner.Result r = run("iconik", "assets", "list", "--nope");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("Unknown option: '--nope'");
  }

  @Test
  void theReadmesShellExample_runsAsWritten_fromTheRepositoryRoot() throws Exception {
    Optional<Path> bash = Bash.find();
    assumeTrue(bash.isPresent(), "no bash on the PATH");
    assertThat(jar).as("the README's alias names the jar Maven packaged")
        .isEqualTo(ReadmeCli.root().resolve("sdk-examples/target").resolve(jar.getFileName()));

    CliRunner.Result r = Bash.run(bash.get(), ReadmeCli.root(),
        "set -e\nshopt -s expand_aliases\n" + ReadmeCli.shellExample());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).as(r.toString())
        .startsWith("iconik-opentext SDK CLI " + System.getProperty("project.version") + "\n")
        .contains("Usage: iconik-opentext iconik assets list [-hV]")
        .endsWith("complete -o default -F _complete_iconik-opentext iconik-opentext\n");
  }

  @Test
  void theCompletionScript_isSourcedByBash_underAnAlias() throws Exception {
    Optional<Path> bash = Bash.find();
    assumeTrue(bash.isPresent(), "no bash on the PATH");

    CliRunner.Result r = Bash.run(bash.get(), "shopt -s expand_aliases\n"
        + "alias iconik-opentext='" + java + " -jar " + jar + "'\n"
        + "source <(iconik-opentext completion)\ncomplete -p iconik-opentext\n"
        + Bash.complete("iconik-opentext iconik assets "));

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).as(r.toString())
        .isEqualTo("complete -o default -F _complete_iconik-opentext iconik-opentext\nlist\n");
  }

  @Test
  void theJarLeavesS3MocksSpringBootOut_andItsDemoStillRunsEveryStep() throws Exception {
    try (JarFile contents = new JarFile(jar.toFile())) {
      assertThat(contents.stream().map(JarEntry::getName))
          .noneMatch(name -> name.startsWith("org/springframework/") || name.startsWith("com/adobe/testing/"));
    }

    CliRunner.Result r = run("demo", "--audit-log", dir.resolve("audit.jsonl").toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("S3Mock is not on this classpath", "[6/9] Original file transferred to OpenText CSS"
        + " and to S3", "bytes to s3-archive", "demo finished: every step succeeded");
  }
}
