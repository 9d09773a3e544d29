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
 * {@code truce log add done} and {@code --remaining} (docs/monitor.md, "Deadlines, done and done in
 * part") on a copy of the bundled Lebanon dossier: entries checked as an import checks them,
 * refused with a coded error and nothing written, and read by the status. The entries added here
 * are test fixtures, not facts of the dossier.
 */
class LogAddDoneTest {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "lebanon-2024", "events-2024.journal");
  }

  private Transcript done(String id, String by, String clause, String... more) {
    String[] args = {
      "log",
      "add",
      "done",
      id,
      "--date",
      "2025-03-01",
      "--by",
      by,
      "--clause",
      clause,
      "--source",
      "test source"
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return bundled.truce(all);
  }

  @Test
  void aDoneEntryOfTheWrongClauseOrPartyIsRefusedAndNothingIsWritten() {
    Transcript withdrawal = done("not-an-undertaking", "israel", "12");
    withdrawal.matches("log-add-done-not-an-undertaking");
    assertThat(withdrawal.exit()).isEqualTo(2);
    Transcript other = done("other-party", "israel", "5");
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err()).contains("error[E758]").contains("`by: lebanon`");
    Transcript ongoing = done("ongoing", "lebanon", "Armed groups");
    assertThat(ongoing.exit()).isEqualTo(2);
    assertThat(ongoing.err()).contains("error[E759]");
    Transcript unknown = done("unknown", "lebanon", "55");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("error[E723]");
    assertThat(bundled.truce("log", "export", "--json").out())
        .doesNotContain("not-an-undertaking")
        .doesNotContain("other-party");
  }

  @Test
  void aDoneEntryCompletesTheUndertakingAndAWithdrawalInPartIsListed() {
    Transcript added =
        done("deployment-complete", "lebanon", "5", "--text", "deployment complete (test)");
    assertThat(added.exit()).as(added.render()).isZero();
    Transcript part =
        bundled.truce(
            "log",
            "add",
            "withdrawal",
            "three-positions-left",
            "--date",
            "2025-03-05",
            "--by",
            "israel",
            "--area",
            "two of the five positions",
            "--clause",
            "12",
            "--remaining",
            "three positions",
            "--source",
            "test source");
    assertThat(part.exit()).as(part.render()).isZero();
    // the stored entries, their kind and their new field, read back intact
    Transcript verify = bundled.truce("ledger", "verify");
    assertThat(verify.exit()).as(verify.render()).isZero();
    assertThat(bundled.truce("log", "export").out())
        .contains("2025-03-01 done deployment-complete\n  by: lebanon\n  clause: 5\n")
        .contains("  clause: 12\n  remaining: three positions\n");
    String status = bundled.truce("status", "--at", "2025-03-06").out();
    assertThat(status)
        .contains(
            "as in the deployment plan\": partly done on day 84 (ends 2025-02-19 04:00) by entry"
                + " laf-deploys-vacated-villages, remaining: the five positions Israel keeps;"
                + " fulfilled on day 95 (ends 2025-03-02 04:00) by entry deployment-complete, 11"
                + " days late")
        .contains(
            "partly done on day 84 (ends 2025-02-19 04:00) by entry border-villages, remaining:"
                + " five positions; partly done on day 99 (ends 2025-03-06 04:00) by entry"
                + " three-positions-left, remaining: three positions; overdue since day 84");
  }
}
