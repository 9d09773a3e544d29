package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.Transcript;
import org.truce.ledger.Entry;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalEntry;
import org.truce.ledger.Ledger;
import org.truce.source.SourceText;
import org.truce.store.LedgerStores;

/**
 * {@code truce dossier init} and {@code truce log import} through the whole command line, on a copy
 * of the bundled dossier of the 2024 talks: what is written, what is refused, and that a refused
 * batch writes nothing.
 */
class LogImportTest {
  private static final Path BUNDLED = Path.of("..", "examples", "dossier-2024");
  private static final Path JOURNAL = BUNDLED.resolve("talks-2024.journal");

  @TempDir Path dossier;

  @BeforeEach
  void copyTheVersions() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLED)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".truce")).toList()) {
        Files.copy(f, dossier.resolve(f.getFileName().toString()));
      }
    }
  }

  private Transcript truce(String... args) {
    return Transcript.main(args).hiding(dossier);
  }

  private List<Entry> ledger() {
    try (Ledger ledger = LedgerStores.sqlite(dossier)) {
      return ledger.entries();
    }
  }

  @Test
  void importsTheBundledJournalOnceAndLeavesItAsItIsTheSecondTime() throws IOException {
    truce("dossier", "init", dossier.toString()).matches("dossier-init");
    truce("log", "import", JOURNAL.toString(), "--dossier", dossier.toString())
        .matches("log-import-2024");
    truce("log", "import", JOURNAL.toString(), "--dossier", dossier.toString())
        .matches("log-import-2024-again");
    List<Entry> expected =
        Journal.parse(new SourceText("j", Files.readString(JOURNAL))).entries().stream()
            .map(JournalEntry::entry)
            .toList();
    assertThat(ledger()).hasSize(13).isEqualTo(expected);
    truce("dossier", "init", dossier.toString()).matches("dossier-init-existing");
  }

  @Test
  void aBatchWithOneBadEntryWritesNothing() throws IOException {
    Path journal = dossier.resolve("bad.journal");
    Files.writeString(
        journal,
        Files.readString(JOURNAL)
            + "\n2024-07-08 position unknown-party\n  party: egypt\n  clause: 7\n"
            + "  version: 2024-07 counterproposal\n  stance: accepts\n  source: a report\n");
    Transcript run = truce("log", "import", journal.toString(), "-d", dossier.toString());
    run.matches("log-import-bad-entry");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(ledger()).isEmpty();
  }

  @Test
  void aDryRunWritesNothing() {
    Transcript run =
        truce("log", "import", "--dry-run", JOURNAL.toString(), "-d", dossier.toString());
    assertThat(run.out()).isEqualTo("would import 13 entries\n");
    assertThat(run.exit()).isZero();
    assertThat(ledger()).isEmpty();
  }

  @Test
  void reportsAMissingDossierAVersionWithoutLabelAndABadDatabase() throws IOException {
    truce("log", "import", JOURNAL.toString(), "-d", dossier.resolve("nowhere").toString())
        .matches("log-import-no-dossier");
    truce("log", "import", JOURNAL.toString(), "-d", dossier.toString(), "--db", "mysql://x/y")
        .matches("log-import-not-postgresql");
    truce(
            "log",
            "import",
            JOURNAL.toString(),
            "-d",
            dossier.toString(),
            "--db",
            "postgresql://truce:secret@127.0.0.1:1/ledger")
        .matches("log-import-unreachable-database");
    Files.writeString(dossier.resolve("draft.truce"), "agreement \"A draft\"\nparty a \"A\"\n");
    truce("log", "import", JOURNAL.toString(), "-d", dossier.toString())
        .matches("log-import-invalid-version");
    Files.writeString(
        dossier.resolve("draft.truce"),
        "agreement \"A draft\"\nparty a \"A\"\nphase one \"Pause\" lasts 4 days { hostilities paused }\n");
    truce("log", "import", JOURNAL.toString(), "-d", dossier.toString())
        .matches("log-import-unlabelled-version");
  }

  @Test
  void withoutASubcommandSaysWhichThereAre() {
    Transcript run = truce("log");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("truce log: name a command: import");
  }

  @Test
  void addsOneEntryCheckedAsAnImportIs() {
    String[] entry = {
      "log",
      "add",
      "position",
      "israel-rejects-assurances",
      "--date",
      "2024-07-03",
      "--party",
      "israel",
      "--clause",
      "7",
      "--version",
      "2024-07 counterproposal",
      "--stance",
      "rejects",
      "--source",
      "founding report",
      "--attributed-to",
      "two senior officials",
      "--anonymous",
      "-d",
      dossier.toString()
    };
    truce(entry).matches("log-add");
    truce(entry).matches("log-add-again");
    assertThat(ledger()).extracting(Entry::id).containsExactly("israel-rejects-assurances");
    truce(
            "log",
            "add",
            "position",
            "p2",
            "--date",
            "2024-07-03",
            "--party",
            "egypt",
            "--clause",
            "7",
            "--version",
            "2024-07 counterproposal",
            "--stance",
            "reject",
            "--source",
            "a report",
            "-d",
            dossier.toString())
        .matches("log-add-bad");
    assertThat(ledger()).hasSize(1);
  }

  @Test
  void exportedJsonAndJournalImportBackUnchanged(@TempDir Path other) throws IOException {
    truce("log", "import", JOURNAL.toString(), "-d", dossier.toString());
    Path json = other.resolve("talks.json");
    Path journal = other.resolve("talks.journal");
    assertThat(
            truce("log", "export", "-d", dossier.toString(), "--json", "-o", json.toString())
                .exit())
        .isZero();
    assertThat(truce("log", "export", "-d", dossier.toString(), "-o", journal.toString()).exit())
        .isZero();
    for (Path file : List.of(json, journal)) {
      Path copy = Files.createDirectories(other.resolve("from-" + file.getFileName()));
      for (String version :
          new String[] {"framework-2024-proposal.truce", "framework-2024-counterproposal.truce"}) {
        Files.copy(dossier.resolve(version), copy.resolve(version));
      }
      Transcript imported =
          Transcript.main("log", "import", file.toString(), "-d", copy.toString());
      assertThat(imported.out()).as(imported.render()).isEqualTo("imported 13 entries\n");
      try (Ledger again = LedgerStores.sqlite(copy)) {
        assertThat(again.entries()).isEqualTo(ledger());
      }
    }
    Path bad = other.resolve("bad.json");
    Files.writeString(
        bad, "[{\"id\": \"x\", \"date\": \"2024-07-05\", \"kind\": \"meeting\", \"place\": 5}]\n");
    Transcript refused = truce("log", "import", bad.toString(), "-d", dossier.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("error[E713]: `place` must be text, but it is a number");
  }
}
