package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.ShadedJar;

/**
 * Runs the shaded jar as a separate process, as users do: the manifest, the packaged resources and
 * the real exit codes. Run by maven-failsafe after {@code package}, which passes the jar's path; in
 * an IDE run without a built jar the tests are skipped.
 */
class EndToEndIT {
  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() {
    jar = ShadedJar.find();
  }

  record Run(int exit, String out, String err) {}

  private Run truce(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("truce finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionComesFromTheMavenProject() throws Exception {
    Run run = truce("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("truce \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checkOfAMissingFileExits2WithADiagnostic() throws Exception {
    Run run = truce("check", "no-such-file.truce");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "no-such-file.truce: error[E001]: cannot read `no-such-file.truce`: there is no"
                + " such file\n"
                + "  = hint: check the path; it is relative to the current directory\n"
                + "1 file checked: 1 with errors (1 error)\n");
  }

  @Test
  void checkOfAnExampleWhoseAnalysesAllHoldExits0() throws Exception {
    Run run = truce("check", "../examples/november-2023.truce");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("holds        indefinite-truce = 0");
    assertThat(run.err()).isEqualTo("1 file checked: no errors; 10 analyses: 10 hold\n");
  }

  @Test
  void checkFindsTheExposureOfTheProposalAndExits1() throws Exception {
    Run run = truce("check", "../examples/framework-2024-proposal.truce");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("VIOLATED     exposure(hamas) = 33");
  }

  @Test
  void demoRunsFromTheJarAlone() throws Exception {
    Run run = truce("demo");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("examples/november-2023.truce: no errors");
  }

  @Test
  void usageErrorExits2() throws Exception {
    Run run = truce("check", "--no-such-option", "x.truce");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("try `truce check --help`");
  }
}
