package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;

/**
 * {@code truce status}, {@code tally} and {@code report} on the bundled dossier of the Istanbul
 * exchanges of 2025 (examples/ukraine-russia-2025), at the moments
 * shared/scenarios/ukraine-russia-2025.md names: the end of the May exchange (25 May 2025) and the
 * last body repatriation of June (16 June 2025), the June text under each delegation's reading. The
 * goldens pin what the monitor prints today, wrong lines included (issue 18).
 */
class MonitorUkraineRussia2025Test {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "ukraine-russia-2025", "events-2025.journal");
  }

  private Transcript truce(String... args) {
    return bundled.truce(args);
  }

  @Test
  void theMayExchangeInThreeDailyStages() {
    Transcript status = truce("status", "--at", "2025-05-25");
    status.matches("dossiers/ukraine-russia-2025-status-2025-05-25");
    assertThat(status.exit()).isZero();
    assertThat(status.out())
        .contains("russia releases 1000 prisoner as soon as possible: fulfilled, 1000 of 1000")
        .contains("ukraine releases 1000 prisoner as soon as possible: fulfilled, 1000 of 1000")
        .contains("russia released prisoner.military: 880")
        .contains("ukraine released prisoner.civilian: 120");
    Transcript tally = truce("tally", "--at", "2025-05-25");
    tally.matches("dossiers/ukraine-russia-2025-tally-2025-05-25");
    truce("report", "--at", "2025-05-25").matches("dossiers/ukraine-russia-2025-report-2025-05-25");
  }

  @Test
  void theBodiesOfJuneAsUkraineDescribedTheClause() {
    Transcript status = truce("status", "--at", "2025-06-16");
    status.matches("dossiers/ukraine-russia-2025-status-2025-06-16");
    // 1,212 + 3 x 1,200 + 1,245, the receiver's count; 27 the other way by 16 June
    assertThat(status.out())
        .contains("russia remains returned body.claimed: 6057")
        .contains("ukraine remains returned body: 27");
    truce("tally", "--at", "2025-06-16").matches("dossiers/ukraine-russia-2025-tally-2025-06-16");
    truce("report", "--at", "2025-06-16").matches("dossiers/ukraine-russia-2025-report-2025-06-16");
  }

  @Test
  void theBodiesOfJuneAsRussiaDescribedTheClause() throws IOException {
    Path reading = dossier.resolve("russian-reading.journal");
    Files.writeString(
        reading,
        """
        2025-06-02 in-force june-in-force-russian-reading
          version: 2025-06-02 (bodies as described by Russia)
          supersedes: june-in-force
          source: TASS, 2 June 2025
          note: the June text as the Russian delegation described the bodies clause
        """);
    Transcript imported = truce("log", "import", reading.toString());
    assertThat(imported.exit()).as(imported.render()).isZero();
    Transcript status = truce("status", "--at", "2025-06-16");
    status.matches("dossiers/ukraine-russia-2025-status-2025-06-16-russian-reading");
    assertThat(status.out()).contains("(bodies as described by Russia)");
  }

  @Test
  void afterTheLastPrisonerStage() {
    truce("status", "--at", "2025-07-23").matches("dossiers/ukraine-russia-2025-status-2025-07-23");
  }

  /**
   * The nine prisoner stages, whose counts were never published, are releases of unreported count
   * (decision 0031): the status no longer says that none were released, nor that any obligation is
   * met or short; the bodies returned beyond the 6,000 of the text are said.
   */
  @Test
  void thePrisonerStagesAreReleasesWhoseCountIsNotKnown() {
    String status = truce("status", "--at", "2025-07-23").out();
    assertThat(status)
        .contains(
            "russia releases 1 prisoner.wounded_severe as soon as possible: in progress since day 1"
                + " (2025-06-02), no date set: 0 of 1 so far; done in part: 5 releases, counts not"
                + " reported; whether it is met is not known")
        .contains(
            "russia releases 6000 body.claimed as soon as possible: fulfilled, 6000 of 6000 by day"
                + " 15 (2025-06-16), and 1057 more")
        .contains(
            "russia prisoner.young: still held not known, of at least 1 at signing; 1 release of"
                + " unreported count")
        .contains(
            "russia body.claimed: still held not known, of at least 6000 at signing; 7057 released"
                + " (7057 remains), 1057 beyond the at least 6000 the text gives")
        .contains("russia delivered in all: 7057 remains and 15 releases of unreported count")
        .contains("ukraine delivered in all: 46 remains and 14 releases of unreported count")
        .doesNotContain("prisoner.young: at least 1 still held")
        .doesNotContain("at least 0 still held");
  }
}
