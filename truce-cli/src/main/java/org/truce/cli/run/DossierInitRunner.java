package org.truce.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Dossiers;
import org.truce.ledger.Ledger;
import org.truce.store.StoreException;

/**
 * {@code truce dossier init}: creates the folder and an empty ledger; leaves a dossier as it is.
 */
public final class DossierInitRunner {
  private DossierInitRunner() {}

  public static int run(String folderName, Optional<String> database, Io io) {
    Path folder = Path.of(folderName);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      io.err().println("truce dossier init: cannot create the folder `" + folder + "`: " + e);
      return ExitCode.BAD_INPUT;
    }
    try (Ledger ledger = Dossiers.ledger(folder, database)) {
      long entries = ledger.size();
      io.out()
          .println(
              entries == 0
                  ? "dossier `"
                      + folder
                      + "` is ready: add the versions as .truce files, then"
                      + " `truce log import JOURNAL --dossier "
                      + folder
                      + "`"
                  : "dossier `" + folder + "` already has " + entries + " entries: left as it is");
      return ExitCode.OK;
    } catch (Dossiers.Unusable | StoreException e) {
      io.err().println("truce dossier init: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }
}
