package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.Transcript;

/**
 * Terminal escape sequences in an agreement or a journal (ESC[2J, which clears the screen, an OSC 8
 * link, BEL, a right-to-left override) are shown as escapes when a command writes to a terminal,
 * through every command that prints user text: diagnostics, timeline, render, diff and log export
 * (issue 16, item 10). Files and pipes get the text as it is, so that an exported journal reads
 * back as the same entries.
 */
class TerminalControlsTest {
  private static final Path HOSTILE = Path.of("src", "test", "resources", "inputs", "hostile");

  @TempDir Path dossier;

  @BeforeEach
  void dossierWithAHostileJournal() throws IOException {
    Files.copy(HOSTILE.resolve("hostile.truce"), dossier.resolve("hostile.truce"));
    Transcript imported =
        Transcript.main(
            "log",
            "import",
            HOSTILE.resolve("hostile.journal").toString(),
            "-d",
            dossier.toString());
    assertThat(imported.exit()).as(imported.render()).isZero();
  }

  private static String file(String name) {
    return HOSTILE.resolve(name).toString();
  }

  private static void assertNoControls(Transcript t) {
    for (String stream : new String[] {t.out(), t.err()}) {
      assertThat(stream)
          .doesNotContain("\u001b")
          .doesNotContain("\u0007")
          .doesNotContain("\u202e")
          .doesNotContain("\r");
    }
  }

  @Test
  void diagnosticsShowTheControlsOfTheQuotedLineWithTheCaretUnderTheSpan() {
    Transcript t = Transcript.onTerminal("check", file("hostile-bad.truce"));
    t.matches("terminal/check");
    assertThat(t.exit()).isEqualTo(2);
    assertNoControls(t);
  }

  @Test
  void diagnosticsInFilesShowTheQuotedLineEscapedToo() {
    Transcript t = Transcript.main("check", file("hostile-bad.truce"));
    assertThat(t.err()).contains("\\x1b[2J").doesNotContain("\u001b");
  }

  @Test
  void timeline() {
    Transcript t = Transcript.onTerminal("timeline", file("hostile.truce"));
    t.matches("terminal/timeline");
    assertThat(t.exit()).isZero();
    assertNoControls(t);
  }

  @Test
  void render() {
    Transcript t = Transcript.onTerminal("render", file("hostile.truce"));
    t.matches("terminal/render");
    assertThat(t.exit()).isZero();
    assertNoControls(t);
  }

  @Test
  void diff() {
    Transcript t =
        Transcript.onTerminal("diff", file("hostile.truce"), file("hostile-changed.truce"));
    t.matches("terminal/diff");
    assertNoControls(t);
  }

  @Test
  void logExport() {
    Transcript t = Transcript.onTerminal("log", "export", "-d", dossier.toString());
    t.matches("terminal/log-export");
    assertThat(t.exit()).isZero();
    assertNoControls(t);
  }

  @Test
  void anExportedJournalInAFileKeepsItsTextAndReadsBackAsTheSameEntries() throws IOException {
    Path exported = dossier.resolve("exported.journal");
    Transcript export =
        Transcript.main("log", "export", "-d", dossier.toString(), "-o", exported.toString());
    assertThat(export.exit()).as(export.render()).isZero();
    assertThat(Files.readString(exported)).contains("\u001b[2J", "\u0007", "\u202e");
    Transcript again =
        Transcript.main("log", "import", exported.toString(), "-d", dossier.toString());
    assertThat(again.exit()).as(again.render()).isZero();
    assertThat(again.out()).isEqualTo("imported 0 entries (1 already recorded, left as it is)\n");
  }

  @Test
  void jsonOnATerminalIsStillJson() throws IOException {
    Transcript t = Transcript.onTerminal("log", "export", "--json", "-d", dossier.toString());
    assertNoControls(t);
    String text = new ObjectMapper().readTree(t.out()).get(0).get("text").asText();
    assertThat(text).contains("\u001b]8;;https://evil.example/", "\u202e");
    Transcript errors =
        Transcript.onTerminal("check", "--error-format", "json", file("hostile-bad.truce"));
    assertNoControls(errors);
    assertThat(new ObjectMapper().readTree(errors.err()).isArray()).isTrue();
  }
}
