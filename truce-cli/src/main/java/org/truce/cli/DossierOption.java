package org.truce.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --dossier DIR} and {@code --db URL}: which dossier and which ledger a command works on.
 */
public final class DossierOption {
  @Option(
      names = {"-d", "--dossier"},
      paramLabel = "DIR",
      description = "The dossier's folder (default: the current folder).")
  String folder = ".";

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "Keep the ledger in this PostgreSQL database (postgresql://user:password@host/db)"
              + " instead of the dossier's SQLite file; default: the TRUCE_DB environment"
              + " variable, if set.")
  String database;

  public String folder() {
    return folder;
  }

  /** The database URL given, or TRUCE_DB; empty for the dossier's SQLite file. */
  public Optional<String> database() {
    return database(database);
  }

  /** {@code given} (a --db option, or null), else TRUCE_DB; empty for the SQLite file. */
  static Optional<String> database(String given) {
    return Optional.ofNullable(given)
        .or(() -> Optional.ofNullable(System.getenv("TRUCE_DB")))
        .filter(url -> !url.isBlank());
  }
}
