package org.truce.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.truce.cli.run.DossierReader;
import org.truce.cli.run.ReaderOptions;
import org.truce.cli.run.ReaderRunner;
import org.truce.table.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The readers of a dossier: one command each, sharing their options. Each prints a table for the
 * terminal, or a Markdown or HTML report with {@code --format}, or JSON with {@code --json}.
 */
public abstract class ReaderCommand implements Callable<Integer> {
  private final Io io;
  private final DossierReader reader;

  @Mixin HelpOption help;

  @Mixin DossierOption dossier;

  @Option(
      names = "--format",
      paramLabel = "text|md|html",
      description = "For the terminal (`text`, default), a Markdown report or an HTML page.")
  Format format = Format.TEXT;

  @Option(
      names = "--json",
      description = "Print JSON for scripts: {\"title\", \"rows\", \"notes\"}.")
  boolean json;

  @Mixin OutputOption output;

  /** The formats of {@code --format}. */
  enum Format {
    TEXT,
    MD,
    HTML
  }

  ReaderCommand(Io io, DossierReader reader) {
    this.io = io;
    this.reader = reader;
  }

  Optional<String> version() {
    return Optional.empty();
  }

  Optional<String> at() {
    return Optional.empty();
  }

  @Override
  public Integer call() {
    TableFormat table =
        json
            ? TableFormat.JSON
            : switch (format) {
              case TEXT -> TableFormat.TEXT;
              case MD -> TableFormat.MARKDOWN;
              case HTML -> TableFormat.HTML;
            };
    return ReaderRunner.run(
        new ReaderOptions(
            reader, dossier.folder(), dossier.database(), version(), at(), table, output.get()),
        io);
  }

  /** A reader that reads the dossier as it stood at a date: {@code --at DATE}. */
  abstract static class Dated extends ReaderCommand {
    @Option(
        names = "--at",
        paramLabel = "DATE",
        description = "As of this date (YYYY-MM-DD): later entries are left out.")
    String at;

    Dated(Io io, DossierReader reader) {
      super(io, reader);
    }

    @Override
    Optional<String> at() {
      return Optional.ofNullable(at);
    }
  }

  /** A reader of one version of the dossier: {@code --version LABEL}, and {@code --at DATE}. */
  abstract static class OfVersion extends Dated {
    @Option(
        names = "--version",
        paramLabel = "LABEL",
        description = "The version (default: the one tabled last).")
    String version;

    OfVersion(Io io, DossierReader reader) {
      super(io, reader);
    }

    @Override
    Optional<String> version() {
      return Optional.ofNullable(version);
    }
  }

  /** {@code truce versions}. */
  @Command(
      name = "versions",
      header = "The lineage of a dossier's versions: when, by whom, through whom.",
      footerHeading = "%nExamples:%n",
      footer = {"  truce versions --dossier examples/dossier-2024"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:printed",
        "2:the dossier cannot be read, or bad usage",
        "3:internal error"
      })
  public static final class Versions extends ReaderCommand {
    public Versions(Io io) {
      super(io, DossierReader.VERSIONS);
    }
  }

  /** {@code truce positions}. */
  @Command(
      name = "positions",
      header = "Each party's latest stance on each clause of a version, with date and source.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  truce positions --dossier talks-2024",
        "  truce positions --at 2024-07-04 --format html -o positions.html"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:printed",
        "2:the dossier cannot be read, or bad usage",
        "3:internal error"
      })
  public static final class Positions extends OfVersion {
    public Positions(Io io) {
      super(io, DossierReader.POSITIONS);
    }
  }

  /** {@code truce sticking-points}. */
  @Command(
      name = "sticking-points",
      header = "The clauses of a version that some party rejects, the oldest rejection first.",
      footerHeading = "%nExamples:%n",
      footer = {"  truce sticking-points --dossier talks-2024"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:printed",
        "2:the dossier cannot be read, or bad usage",
        "3:internal error"
      })
  public static final class StickingPoints extends OfVersion {
    public StickingPoints(Io io) {
      super(io, DossierReader.STICKING_POINTS);
    }
  }

  /** {@code truce chronology}. */
  @Command(
      name = "chronology",
      header = "The dated record: versions tabled, positions, statements and meetings.",
      footerHeading = "%nExamples:%n",
      footer = {"  truce chronology --dossier talks-2024 --format md -o chronology.md"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:printed",
        "2:the dossier cannot be read, or bad usage",
        "3:internal error"
      })
  public static final class Chronology extends Dated {
    public Chronology(Io io) {
      super(io, DossierReader.CHRONOLOGY);
    }
  }

  /** {@code truce sources}. */
  @Command(
      name = "sources",
      header = "Claims per source: how many are anonymous, corroborated or contradicted.",
      footerHeading = "%nExamples:%n",
      footer = {"  truce sources --dossier talks-2024 --json"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:printed",
        "2:the dossier cannot be read, or bad usage",
        "3:internal error"
      })
  public static final class Sources extends Dated {
    public Sources(Io io) {
      super(io, DossierReader.SOURCES);
    }
  }
}
