package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.cli.testing.Transcript;

/** The command line as a whole: help, version, usage errors and the internal-error handler. */
class MainTest {

  @Test
  void versionIsTheMavenProjectVersion() {
    Transcript t = Transcript.main("--version");
    assertThat(t.exit()).isZero();
    assertThat(t.out()).matches("truce \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(t.err()).isEmpty();
  }

  /** `--version` alone is answered without picocli: the same answer as picocli's, with `-V` too. */
  @Test
  void versionAloneIsAnsweredAsPicocliAnswersIt() {
    Transcript picocli = Transcript.main("--verbose", "--version");
    assertThat(Main.asksForVersionOnly(new String[] {"--verbose", "--version"})).isFalse();
    assertThat(picocli.exit()).isZero();
    for (String option : new String[] {"--version", "-V"}) {
      assertThat(Main.asksForVersionOnly(new String[] {option})).isTrue();
      Transcript alone = Transcript.main(option);
      assertThat(alone.exit()).isZero();
      assertThat(alone.out()).isEqualTo(picocli.out());
      assertThat(alone.err()).isEmpty();
    }
  }

  /** With `--version`, no subcommand is registered, unless the help is asked for as well. */
  @Test
  void versionRegistersNoCommandButTheHelpListsThemAll() {
    assertThat(Main.subcommandsFor(new String[] {"--verbose", "--version"})).isEmpty();
    assertThat(Main.subcommandsFor(new String[] {"--version", "--help"}))
        .containsExactlyElementsOf(TruceCommand.SUBCOMMANDS.values());
    assertThat(Main.subcommandsFor(new String[] {"check", "--version"}))
        .extracting(TruceCommand.Subcommand::type)
        .containsExactly(CheckCommand.class);
  }

  @Test
  void rootHelpListsCommandsExamplesAndExitCodes() {
    Transcript.main("--help").matches("help-truce");
  }

  /** Every command and subcommand a user types, with its help. */
  static Stream<String> commands() {
    return Stream.of(
        "check",
        "fmt",
        "render",
        "timeline",
        "diff",
        "export",
        "import",
        "demo",
        "dossier init",
        "log import",
        "log add",
        "log export",
        "ledger verify",
        "versions",
        "positions",
        "sticking-points",
        "chronology",
        "sources",
        "status",
        "tally",
        "report");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    Transcript t = Transcript.main((command + " --help").split(" "));
    assertThat(t.out()).contains("Examples:", "Exit codes:", "Usage: truce " + command);
    t.matches("help-" + command.replace(' ', '-'));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpNeverBreaksInsideAWordOrPath(String command) {
    String[] lines = Transcript.main((command + " --help").split(" ")).out().split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i];
      String next = lines[i + 1].strip();
      boolean midWord =
          line.endsWith("(")
              || line.endsWith("/")
              || (line.endsWith(".") && !next.isEmpty() && Character.isLowerCase(next.charAt(0)));
      assertThat(midWord).as("help of %s breaks a word: %s|%s", command, line, next).isFalse();
    }
  }

  @Test
  void helpKeepsPathsAndShortPhrasesWhole() {
    assertThat(Transcript.main("timeline", "--help").out()).contains("see docs/timeline.md.");
    assertThat(Transcript.main("fmt", "--help").out()).contains("(for CI)");
    assertThat(Transcript.main("import", "--help").out()).contains("      FILE.json ");
  }

  @Test
  void noCommandPrintsUsageAndExits2() {
    Transcript t = Transcript.main();
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.out()).isEmpty();
    assertThat(t.err())
        .startsWith("Usage: truce")
        .endsWith("truce: name a command, e.g. `truce demo`\n");
  }

  @Test
  void unknownCommandSuggestsTheNearestOne() {
    Transcript.main("chek", "x.truce").matches("usage-unknown-command");
  }

  @Test
  void unknownOptionPointsToHelp() {
    Transcript.main("check", "--frobnicate", "x.truce").matches("usage-unknown-option");
  }

  @Test
  void missingFileArgumentIsAUsageError() {
    Transcript.main("check").matches("usage-missing-file");
  }

  @Test
  void badErrorFormatIsAUsageError() {
    Transcript t = Transcript.main("check", "--error-format", "xml", "x.truce");
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err())
        .isEqualTo(
            "truce check: `xml` is not a value of `--error-format`: use `human` or `json`\n"
                + "try `truce check --help`\n");
  }

  @Test
  void usageErrorsSpeakTheUsersTerms() {
    assertThat(Transcript.main("timeline", "--horizon", "abc", "x.truce").err())
        .isEqualTo(
            "truce timeline: `abc` is not a whole number of days for `--horizon`\n"
                + "try `truce timeline --help`\n");
    assertThat(Transcript.main("timeline", "--talks", "maybe", "x.truce").err())
        .isEqualTo(
            "truce timeline: `maybe` is not a value of `--talks`: use `agreed` or `stalled`\n"
                + "try `truce timeline --help`\n");
    assertThat(Transcript.main("timeline", "--extend", "pause", "x.truce").err())
        .isEqualTo(
            "truce timeline: `--extend` takes PHASE=DAYS, e.g. `--extend pause=3`\n"
                + "try `truce timeline --help`\n");
    assertThat(Transcript.main("timeline", "--extend", "pause=x", "x.truce").err())
        .startsWith("truce timeline: `--extend` takes PHASE=DAYS, e.g. `--extend pause=3`\n");
    assertThat(Transcript.main("export", "--format", "yaml", "x.truce").err())
        .isEqualTo(
            "truce export: `yaml` is not a value of `--format`: use `json` or `promela`\n"
                + "try `truce export --help`\n");
    assertThat(Transcript.main("render", "a.truce", "b").err())
        .isEqualTo("truce render: unexpected argument `b`\ntry `truce render --help`\n");
    assertThat(Transcript.main("render").err())
        .isEqualTo(
            "truce render: a FILE is missing: `truce render FILE`\ntry `truce render --help`\n");
    assertThat(Transcript.main("timeline", "x.truce", "--horizon").err())
        .startsWith("truce timeline: `--horizon` needs a value: `--horizon DAYS`\n");
  }

  @Test
  void errorFormatIsCaseInsensitive() {
    Transcript t = Transcript.main("check", "--error-format", "JSON", "no-such-file.truce");
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).startsWith("[").contains("\"code\": \"E001\"");
  }

  /** A standard input that fails with a bug-like exception, to reach the top-level handler. */
  private static final InputStream BROKEN =
      new InputStream() {
        @Override
        public int read() {
          throw new IllegalStateException("simulated bug");
        }
      };

  @Test
  void internalErrorAsksForAReportWithoutStackTrace() {
    Transcript t = Transcript.of(BROKEN, io -> Main.run(new String[] {"check", "-"}, io));
    assertThat(t.exit()).isEqualTo(3);
    assertThat(t.err())
        .isEqualTo(
            Main.REPORT
                + "\n(run again with --verbose to see the details to include in the report)\n");
  }

  @Test
  void internalErrorShowsTheStackTraceWithVerbose() {
    Transcript t =
        Transcript.of(BROKEN, io -> Main.run(new String[] {"check", "--verbose", "-"}, io));
    assertThat(t.exit()).isEqualTo(3);
    assertThat(t.err())
        .startsWith(Main.REPORT)
        .contains("java.lang.IllegalStateException: simulated bug")
        .contains("at org.truce.cli.");
  }

  @Test
  void verboseMayComeBeforeTheCommand() {
    Transcript t =
        Transcript.of(BROKEN, io -> Main.run(new String[] {"--verbose", "check", "-"}, io));
    assertThat(t.exit()).isEqualTo(3);
    assertThat(t.err()).contains("simulated bug");
  }
}
