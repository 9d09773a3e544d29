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
 * {@code truce status}, {@code tally} and {@code report} on the bundled dossier of the
 * Israel–Lebanon cessation of hostilities (examples/lebanon-2024), at the moments
 * shared/scenarios/lebanon-2024.md names: day 60 (26 January 2025, after the 04:00 deadline and
 * before the extension of that evening), the extended deadline (18 February 2025) and the day
 * after, and after the detainees' handovers. The goldens pin what the monitor prints today, wrong
 * lines included: the report of this dossier (issue 18) lists them, and they change as the monitor
 * learns.
 */
class MonitorLebanon2024Test {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "lebanon-2024", "events-2024.journal");
  }

  private Transcript truce(String... args) {
    return bundled.truce(args);
  }

  @Test
  void dayOfTheDeadlineFindsTheWithdrawalOverdue() {
    Transcript status = truce("status", "--at", "2025-01-26T12:00");
    status.matches("dossiers/lebanon-2024-status-day-60");
    assertThat(status.exit()).isEqualTo(1);
    assertThat(status.out())
        .contains("Version 2024-11-26, in force since 2024-11-27 04:00")
        .contains("israel withdraws from \"Lebanese territory, south of the Blue Line\": overdue")
        .contains("62 Israeli violations (Truthout")
        .contains("633 Israeli violations (Yeni")
        .contains("120 Hezbollah violations documented")
        // A violation entry's count, disputed by another source: both figures, each sourced.
        .contains("count 62 (Truthout, 3 December 2024, attributed to Lebanese officials), or 100");
    truce("report", "--at", "2025-01-26T12:00").matches("dossiers/lebanon-2024-report-day-60");
  }

  @Test
  void theExtendedDeadline() {
    Transcript status = truce("status", "--at", "2025-02-18");
    status.matches("dossiers/lebanon-2024-status-2025-02-18");
    assertThat(status.out())
        .contains("Version 2025-01-26 (withdrawal period extended to 18 February 2025)")
        .contains("entry seven-points");
    truce("tally", "--at", "2025-02-18").matches("dossiers/lebanon-2024-tally-2025-02-18");
    truce("report", "--at", "2025-02-18").matches("dossiers/lebanon-2024-report-2025-02-18");
    truce("status", "--at", "2025-02-19").matches("dossiers/lebanon-2024-status-2025-02-19");
  }

  @Test
  void theDetaineesHandedOverThroughTheIcrc() {
    Transcript status = truce("status", "--at", "2025-03-31");
    status.matches("dossiers/lebanon-2024-status-2025-03-31");
    assertThat(status.out())
        .contains("entry detainees-four")
        .contains("count 4 (Lebanese presidency and army")
        .contains("or 5 (Anadolu, via A News, 11 March 2025");
  }
}
