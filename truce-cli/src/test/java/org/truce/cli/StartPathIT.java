package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.ShadedJar;

/**
 * What a start of the shaded jar spins at run time (docs/decisions/0037-fast-to-start.md): built on
 * JDK 24 or newer, truce's switches on types are plain instanceof tests (src/build/
 * InlineTypeSwitches.java), so that a check of any bundled example generates none of the hidden
 * {@code $$TypeSwitch} classes the JVM would spin, one per switch, at every start; and its results
 * are those of the unchanged classes (the other end-to-end tests run the same jar).
 */
class StartPathIT {
  @TempDir Path dir;

  @Test
  void aCheckOfEveryExampleSpinsNoTypeSwitchClass() throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        Runtime.version().feature() >= 24, "the build rewrites classes on JDK 24 and newer only");
    List<String> arguments = new ArrayList<>(List.of("check"));
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      files.map(Path::toString).filter(f -> f.endsWith(".truce")).sorted().forEach(arguments::add);
    }
    ClassLoadLog run = classLoadLog(arguments);

    assertThat(run.exit()).as("violated analyses exit 1").isBetween(0, 1);
    assertThat(run.lines())
        .as("the check ran")
        .anyMatch(l -> l.contains("org.truce.check.Checker "));
    assertThat(run.lines()).noneMatch(l -> l.contains("$$TypeSwitch"));
  }

  /**
   * The models of {@code truce} and {@code check} are built in code (docs/decisions/
   * 0038-command-models-in-code.md): reading picocli's annotations would spin a proxy class per
   * annotation type. On any JDK.
   */
  @Test
  void aCheckReadsNoAnnotationAndSpinsNoProxy() throws IOException, InterruptedException {
    ClassLoadLog run =
        classLoadLog(
            List.of(
                "check", "--json", Path.of("..", "examples", "november-2023.truce").toString()));

    assertThat(run.exit()).isZero();
    assertThat(run.lines())
        .as("the check ran")
        .anyMatch(l -> l.contains("org.truce.check.Checker "));
    assertThat(run.lines()).noneMatch(l -> l.contains("__dynamic_proxy__"));
  }

  private record ClassLoadLog(int exit, List<String> lines) {}

  /** Runs the shaded jar with these arguments, logging every class it loads. */
  private ClassLoadLog classLoadLog(List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xlog:class+load=info:stdout", "-jar", ShadedJar.find().toString()));
    command.addAll(arguments);
    Path log = dir.resolve("class-load.log");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(log.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    return new ClassLoadLog(exit, Files.readAllLines(log, StandardCharsets.UTF_8));
  }
}
