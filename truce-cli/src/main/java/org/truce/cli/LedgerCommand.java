package org.truce.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.truce.cli.run.LedgerVerifyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code truce ledger verify}. */
@Command(
    name = "ledger",
    header = "Check a dossier's ledger.",
    description = {
      "Every entry carries a hash of its content and a link chaining it to the entry before it"
          + " (docs/monitor.md, \"Integrity\").",
      ""
    },
    subcommands = {LedgerCommand.Verify.class})
public final class LedgerCommand extends CommandGroup {

  /** {@code truce ledger verify}. */
  @Command(
      name = "verify",
      header = "Check that no entry was changed, inserted or deleted behind truce's back.",
      sortOptions = false,
      description = {
        "Read every entry of the ledger and check its content against its hash, its number"
            + " against the one before, its link against the chain, and the last entry against"
            + " the head recorded with the last import; then check that what the other commands"
            + " read beside the entries (their columns, the latest positions, the sums of"
            + " releases) still says what the entries say. On SQLite, the database's own check"
            + " of the file runs first. Prints the head: note it somewhere truce"
            + " cannot write, and `--expect` it later to prove that nothing recorded up to then"
            + " was rewritten, even by someone who recomputed every hash.",
        ""
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  truce ledger verify --dossier pause-2023",
        "  truce ledger verify --dossier pause-2023 --expect 3f2a...   the head noted earlier"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:intact (and, with --expect, the head noted earlier is in the chain)",
        "1:an entry, or what is read beside it, was changed, inserted or deleted, or the head"
            + " noted earlier is not in the chain",
        "2:the dossier cannot be read (the file is damaged or empty, for instance), or bad"
            + " usage",
        "3:internal error"
      })
  public static final class Verify implements Callable<Integer> {
    private final Io io;

    @Mixin HelpOption help;

    @Mixin DossierOption dossier;

    @Option(
        names = "--expect",
        paramLabel = "HEAD",
        description =
            "A head printed by an earlier `truce ledger verify`: check that it is the link of an"
                + " entry of the chain, so that every entry up to it is unchanged.")
    String expect;

    public Verify(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      return LedgerVerifyRunner.run(
          dossier.folder(), dossier.database(), Optional.ofNullable(expect), io);
    }
  }
}
