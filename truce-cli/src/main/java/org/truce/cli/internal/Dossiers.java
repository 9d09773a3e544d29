package org.truce.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Ledger;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.FileKind;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.store.LedgerStores;
import org.truce.store.LockWait;

/**
 * Opens a dossier for a command: its folder, its versions (the .truce files in it) and its ledger
 * (the folder's SQLite file, or a PostgreSQL database).
 */
public final class Dossiers {
  private Dossiers() {}

  /** Why a dossier cannot be used, in one sentence for the user. */
  public static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unusable(String message) {
      super(message);
    }
  }

  /**
   * The ledger of the dossier in {@code folder}, or in {@code database} when given, for a command
   * that reads it: a folder without a ledger is not a dossier, and reading it creates none.
   */
  public static Ledger existingLedger(Path folder, Optional<String> database) throws Unusable {
    if (database.isEmpty()
        && Files.isDirectory(folder)
        && !Files.exists(folder.resolve(LedgerStores.SQLITE_FILE))) {
      throw new Unusable(
          "`"
              + folder
              + "` is not a dossier: it has no ledger (create one with `truce dossier"
              + " init "
              + folder
              + "`)");
    }
    return ledger(folder, database);
  }

  /**
   * The ledger of the dossier in {@code folder}, or in {@code database} when given; created if the
   * folder has none yet (dossier init, and imports into a folder of versions).
   */
  public static Ledger ledger(Path folder, Optional<String> database) throws Unusable {
    return ledger(folder, database, LockWait.DEFAULT);
  }

  /**
   * The same, for a command that writes: while another process holds the ledger's write lock it
   * waits as {@code wait} says (a notice after a few seconds, an error after a minute).
   */
  public static Ledger ledger(Path folder, Optional<String> database, LockWait wait)
      throws Unusable {
    if (database.isPresent()) {
      if (!LedgerStores.isPostgresql(database.get())) {
        throw new Unusable(
            "--db takes a PostgreSQL URL (postgresql://user:password@host/database); without it"
                + " the ledger is the dossier's SQLite file");
      }
      return LedgerStores.postgresql(database.get(), wait);
    }
    if (!Files.isDirectory(folder)) {
      throw new Unusable(
          "`"
              + folder
              + "` is not a dossier: there is no such folder (create it with `truce"
              + " dossier init "
              + folder
              + "`)");
    }
    Path file = folder.resolve(LedgerStores.SQLITE_FILE);
    FileKind kind;
    try {
      kind = FileKind.of(file);
    } catch (IOException e) {
      throw new Unusable("cannot read the dossier's ledger `" + file + "`: " + e.getMessage());
    }
    if (kind != FileKind.REGULAR && kind != FileKind.MISSING) {
      // SQLite would block on a pipe, or read a device for ever.
      throw new Unusable(
          "the dossier's ledger `"
              + file
              + "` is "
              + kind.description()
              + ", not a file: a ledger is the SQLite file that `truce dossier init` creates");
    }
    return LedgerStores.sqlite(folder, wait);
  }

  /**
   * The versions of the dossier: every .truce file in its folder, each named by its {@code version}
   * header. The diagnostics of files that do not validate go to {@code sink}.
   */
  public static DossierVersions versions(Path folder, DiagnosticSink sink) throws Unusable {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.toString().endsWith(".truce")).sorted().toList();
    } catch (IOException e) {
      throw new Unusable("cannot read the dossier's folder `" + folder + "`: " + e.getMessage());
    }
    Map<String, Agreement> byLabel = new LinkedHashMap<>();
    Map<String, Path> fileOf = new LinkedHashMap<>();
    boolean ok = true;
    for (Path file : files) {
      LoadedSource loaded = Sources.read(file, file.toString(), Inputs.waitForInput());
      if (!loaded.ok()) {
        sink.report(loaded.source(), loaded.problem().orElseThrow());
        ok = false;
        continue;
      }
      ModelResult model = ModelBuilder.load(loaded.source());
      if (model.hasErrors() || model.agreement().isEmpty()) {
        sink.report(
            loaded.source(), model.diagnostics().stream().filter(d -> d.isError()).toList());
        ok = false;
        continue;
      }
      Agreement agreement = model.agreement().get();
      Optional<String> label = agreement.metadata().version();
      if (label.isEmpty()) {
        throw new Unusable(
            "the version `"
                + file
                + "` has no `version` header: add one, e.g. `version"
                + " \"2024-05-31\"`, so that entries can name it");
      }
      Path other = fileOf.putIfAbsent(label.get(), file);
      if (other != null) {
        throw new Unusable(
            "`"
                + other
                + "` and `"
                + file
                + "` are both version `"
                + label.get()
                + "`: give each version its own label");
      }
      byLabel.put(label.get(), agreement);
    }
    if (!ok) {
      throw new Unusable("a version of the dossier has errors (above): correct it first");
    }
    return new DossierVersions(byLabel);
  }
}
