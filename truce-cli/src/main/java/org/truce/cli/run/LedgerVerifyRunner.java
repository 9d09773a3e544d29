package org.truce.cli.run;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Dossiers;
import org.truce.ledger.Integrity;
import org.truce.ledger.Ledger;
import org.truce.store.StoreException;

/** {@code truce ledger verify}: checks the hashes and the chain, and prints the head. */
public final class LedgerVerifyRunner {
  private static final String COMMAND = "truce ledger verify";
  private static final Pattern LINK = Pattern.compile("[0-9a-fA-F]{64}");

  private LedgerVerifyRunner() {}

  public static int run(String folder, Optional<String> database, Optional<String> expect, Io io) {
    if (expect.isPresent() && !LINK.matcher(expect.get().strip()).matches()) {
      io.err()
          .println(
              COMMAND
                  + ": `"
                  + expect.get()
                  + "` is not a head: a head is the 64 hexadecimal digits an earlier `truce"
                  + " ledger verify` printed");
      return ExitCode.BAD_INPUT;
    }
    try (Ledger ledger = Dossiers.existingLedger(Path.of(folder), database)) {
      Integrity integrity = ledger.verify(expect);
      boolean anchored = integrity.anchor().map(a -> a.seq().isPresent()).orElse(true);
      if (integrity.intact()) {
        io.out()
            .println(
                "intact: "
                    + integrity.entries()
                    + (integrity.entries() == 1 ? " entry" : " entries")
                    + ", each matching its hash, chained from the first to the last");
      } else {
        io.out().println("NOT INTACT: the ledger was changed behind truce's back");
        integrity.problems().forEach(p -> io.out().println("  - " + p));
      }
      integrity
          .anchor()
          .ifPresent(
              a ->
                  io.out()
                      .println(
                          a.seq()
                              .map(
                                  seq ->
                                      "the head noted earlier is the link of entry number "
                                          + seq
                                          + ": every entry up to it is as it was then")
                              .orElse(
                                  "NOT FOUND: no entry has the head noted earlier as its link;"
                                      + " the ledger was rewritten since, or the head is of"
                                      + " another ledger")));
      io.out().println("head: " + integrity.head());
      return integrity.intact() && anchored ? ExitCode.OK : ExitCode.FINDING;
    } catch (Dossiers.Unusable | StoreException e) {
      io.err().println(COMMAND + ": " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }
}
