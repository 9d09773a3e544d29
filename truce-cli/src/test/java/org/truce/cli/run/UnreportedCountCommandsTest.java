package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;

/**
 * {@code truce log add} of a release whose count was not reported (docs/monitor.md, decision 0031):
 * recorded, and seen by {@code status} as a release no figure holds; refused, with nothing written,
 * on an entry that cannot carry it.
 */
class UnreportedCountCommandsTest {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "pause-2023", "events-2023.journal");
  }

  @Test
  void aReleaseOfUnreportedCountIsRecordedAndReportedAsSuch() {
    Transcript added =
        bundled.truce(
            "log",
            "add",
            "release",
            "extra-stage",
            "--date",
            "2023-11-30",
            "--by",
            "hamas",
            "--category",
            "hostage.woman_or_child",
            "--count",
            "not reported",
            "--source",
            "AFP");
    assertThat(added.exit()).as(added.render()).isZero();
    String status = bundled.truce("status", "--at", "2023-12-01").out();
    assertThat(status)
        .contains("and 1 release of unreported count")
        .contains("hamas delivered in all: 105 living and 1 release of unreported count");
    String journal = bundled.truce("log", "export").out();
    assertThat(journal).contains("count: not reported");
  }

  @Test
  void aTotalOfUnreportedCountIsRefusedAndNothingIsWritten() {
    Transcript total =
        bundled.truce(
            "log",
            "add",
            "total",
            "icrc-none",
            "--date",
            "2023-11-30",
            "--by",
            "hamas",
            "--category",
            "hostage",
            "--count",
            "not reported",
            "--source",
            "ICRC");
    assertThat(total.exit()).isEqualTo(2);
    assertThat(total.err()).contains("error[E760]");
    assertThat(bundled.truce("status", "--at", "2023-12-01").out()).doesNotContain("icrc-none");
  }
}
