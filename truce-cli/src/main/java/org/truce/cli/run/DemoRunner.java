package org.truce.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.SemanticDiff;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.ledger.BatchReport;
import org.truce.ledger.Batches;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Journal;
import org.truce.ledger.LedgerConflict;
import org.truce.ledger.MemoryLedger;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.negotiate.ClauseChanges;
import org.truce.negotiate.ClauseDiff;
import org.truce.negotiate.ClauseDiffText;
import org.truce.negotiate.Concessions;
import org.truce.negotiate.DossierRecord;
import org.truce.negotiate.Readers;
import org.truce.render.AgreementRenderer;
import org.truce.render.check.CheckText;
import org.truce.render.check.SemanticDiffText;
import org.truce.render.timeline.TimelineText;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineOptions;

/**
 * {@code truce demo}: what truce does, shown on the agreements bundled in the jar, for someone who
 * has just cloned the repository. Kept to about two screens; each part names the command that shows
 * more.
 */
public final class DemoRunner {
  static final String NOVEMBER = "examples/november-2023.truce";
  static final String PROPOSAL = "examples/framework-2024-proposal.truce";
  static final String COUNTERPROPOSAL = "examples/framework-2024-counterproposal.truce";

  /** The other bundled real agreements, checked in part 1 with the three the demo uses. */
  static final List<String> OTHERS =
      List.of(
          "examples/lebanon-2024.truce",
          "examples/lebanon-2024-side-letter-axios.truce",
          "examples/lebanon-2024-extended.truce",
          "examples/lebanon-2024-extended-expiry-reading.truce",
          "examples/ukraine-russia-2025-may.truce",
          "examples/ukraine-russia-2025-june.truce",
          "examples/ukraine-russia-2025-june-russian-reading.truce");

  private static final String DRAFT = "cli/demo/draft-with-mistakes.truce";
  private static final String JOURNAL = "examples/dossier-2024/talks-2024.journal";
  private static final String DRAFT_NAME = "draft.truce";

  /** The extension days taken in November 2023: 2 announced on 27 November, 1 on 30 November. */
  static final long NOVEMBER_EXTENSION_DAYS = 3;

  private DemoRunner() {}

  public static int run(Io io) {
    PrintStream out = io.out();
    out.println(
        "truce reads cease-fire and exchange agreements written as .truce text, checks them,");
    out.println(
        "renders them, computes their day-by-day timeline, explores every run they allow and");
    out.println("compares versions. This demo runs on");
    out.println("the agreements bundled with truce (the files of examples/ in the repository).");

    heading(
        out, "1. Check: are the texts consistent?", "truce check --validate-only examples/*.truce");
    Agreement november = check(NOVEMBER, io).agreement().orElseThrow();
    ModelResult proposalText = check(PROPOSAL, io);
    ModelResult counterproposalText = check(COUNTERPROPOSAL, io);
    long warnings = 0;
    for (String other : OTHERS) {
      warnings += loaded(other, io).diagnostics().stream().filter(d -> !d.isError()).count();
    }
    out.println(
        "and "
            + OTHERS.size()
            + " more (Lebanon 2024, Russia and Ukraine 2025): no errors"
            + (warnings == 0 ? "" : " (" + warnings + " warnings)"));
    Agreement proposal = proposalText.agreement().orElseThrow();
    out.println();
    out.println("A draft with mistakes, and what truce says about it:");
    LoadedSource draft = Sources.decode(resource(DRAFT), DRAFT_NAME);
    out.print(
        DiagnosticRenderer.render(draft.source(), ModelBuilder.load(draft.source()).diagnostics()));

    heading(
        out,
        "2. Render: the November 2023 pause as a document (the beginning)",
        "truce render " + NOVEMBER + "   (or --format html)");
    out.println(beginning(AgreementRenderer.markdown(november)));
    out.println();
    out.println("[... the parties, holdings, phases, rights, interests and requirements follow]");

    heading(
        out,
        "3. Timeline: the November 2023 pause, with the "
            + NOVEMBER_EXTENSION_DAYS
            + " extension days that were taken",
        "truce timeline " + NOVEMBER + " --extend pause=" + NOVEMBER_EXTENSION_DAYS);
    TimelineOptions extended = TimelineOptions.defaults().extend("pause", NOVEMBER_EXTENSION_DAYS);
    out.print(TimelineText.render(TimelineBuilder.build(november, extended)));

    heading(
        out,
        "4. Timeline: the May 2024 proposal, phase by phase",
        "truce timeline " + PROPOSAL + "   (every day, every release)");
    out.print(phases(TimelineBuilder.build(proposal)));

    heading(
        out,
        "5. Verify: every run the May 2024 proposal allows, and what can go wrong",
        "truce check " + PROPOSAL + "   (every witness in full)");
    CheckReport report = Checker.check(proposal, proposalText.sourceMap(), CheckOptions.defaults());
    for (Analysis a : report.analyses()) {
      out.print(CheckText.line(a));
      if (a.name().equals("exposure(hamas)")) {
        out.print(CheckText.witness(a));
      }
    }

    heading(
        out,
        "6. Diff: what the July 2024 counterproposal changes",
        "truce diff " + PROPOSAL + " \\\n                " + COUNTERPROPOSAL);
    ClauseDiffText.render(
            ClauseDiff.between(proposal, counterproposalText.agreement().orElseThrow()),
            proposalText.sourceMap(),
            counterproposalText.sourceMap())
        .lines()
        .forEach(line -> out.println("  " + line));
    SemanticDiff.Result diff =
        SemanticDiff.between(
            proposal,
            proposalText.sourceMap(),
            counterproposalText.agreement().orElseThrow(),
            counterproposalText.sourceMap(),
            CheckOptions.defaults());
    for (SemanticDiff.Entry e : diff.entries()) {
      if (e.change() == SemanticDiff.Change.ADDED || e.change() == SemanticDiff.Change.REMOVED) {
        out.print(SemanticDiffText.line(e));
      }
    }

    heading(
        out,
        "7. Negotiate: the dossier of the 2024 talks, as the founding report tells them",
        "truce sticking-points -d examples/dossier-2024   (after truce log import ...)");
    DossierRecord talks = dossier(proposal, counterproposalText.agreement().orElseThrow());
    String counter =
        counterproposalText.agreement().orElseThrow().metadata().version().orElseThrow();
    String before = proposal.metadata().version().orElseThrow();
    for (List<String> row : Readers.stickingPoints(talks, counter, Optional.empty()).rows()) {
      out.println(
          "  sticking point: clause "
              + row.get(0)
              + ", rejected by "
              + row.get(1)
              + " since "
              + row.get(2)
              + " ("
              + row.get(4)
              + ")");
    }
    ClauseChanges changes =
        ClauseDiff.between(proposal, counterproposalText.agreement().orElseThrow());
    for (Concessions.Concession c : Concessions.between(talks, before, counter, changes)) {
      out.println("  concession by " + c.by() + " on clause " + c.clause() + ": " + c.how());
    }

    heading(
        out,
        "8. Monitor: three implementations, replayed from their sourced events",
        "truce status -d examples/DOSSIER --at DATE   (after truce log import ...)");
    DemoMonitor.print(
        out, name -> loaded(name, io).agreement().orElseThrow(), DemoRunner::resource);

    out.println();
    out.println(
        "More: `truce COMMAND --help` for every command and option; README.md and docs/ (language,");
    out.println("diagnostics, JSON, timeline, dossier, monitor) for everything else.");
    return ExitCode.OK;
  }

  /**
   * The bundled journal of the 2024 talks, checked and recorded in a ledger held in memory: the
   * demo writes no file.
   */
  private static DossierRecord dossier(Agreement proposal, Agreement counterproposal) {
    Map<String, Agreement> byLabel = new LinkedHashMap<>();
    byLabel.put(proposal.metadata().version().orElseThrow(), proposal);
    byLabel.put(counterproposal.metadata().version().orElseThrow(), counterproposal);
    DossierVersions versions = new DossierVersions(byLabel);
    LoadedSource journal = Sources.decode(resource(JOURNAL), "talks-2024.journal");
    try (MemoryLedger ledger = new MemoryLedger()) {
      BatchReport report =
          Batches.check(Journal.parse(journal.source()), versions, ledger, LocalDate.now());
      if (!report.ok()) {
        throw new IllegalStateException(
            "the bundled journal does not check: " + report.diagnostics());
      }
      ledger.append(report.newEntries());
      return new DossierRecord(versions, ledger.entries());
    } catch (LedgerConflict e) {
      throw new IllegalStateException("an empty ledger refused the bundled journal", e);
    }
  }

  private static void heading(PrintStream out, String title, String command) {
    out.println();
    out.println("== " + title);
    out.println("   $ " + command);
  }

  /** Checks a bundled example and prints its result line; a bundled example must be valid. */
  private static ModelResult check(String name, Io io) {
    ModelResult result = loaded(name, io);
    long warnings = result.diagnostics().stream().filter(d -> !d.isError()).count();
    io.out()
        .println(
            name
                + ": no errors"
                + (warnings == 0
                    ? ""
                    : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)")));
    return result;
  }

  /** A bundled example, loaded; one that does not check is a defect of the build. */
  private static ModelResult loaded(String name, Io io) {
    LoadedSource loaded = Sources.decode(resource(name), name);
    ModelResult result =
        loaded.ok()
            ? ModelBuilder.load(loaded.source())
            : new ModelResult(
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                List.of(loaded.problem().orElseThrow()));
    if (result.hasErrors()) {
      io.err().print(DiagnosticRenderer.render(loaded.source(), result.diagnostics()));
      throw new IllegalStateException("the bundled example " + name + " does not check");
    }
    return result;
  }

  private static byte[] resource(String name) {
    String path = "/org/truce/" + name;
    try (InputStream in = DemoRunner.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + path + "; rebuild it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The title block of the rendered document, up to its first article. */
  static String beginning(String markdown) {
    int cut = markdown.indexOf("\n## Article 1");
    return (cut < 0 ? markdown : markdown.substring(0, cut)).stripTrailing();
  }

  /**
   * One line per phase with its days, then what was released and what is still held, and the
   * timeline's notes (what the compliant run cannot settle, such as what is owed for units whose
   * status is revealed only at release).
   */
  static String phases(Timeline timeline) {
    StringBuilder out = new StringBuilder();
    for (Timeline.PhaseRun phase : timeline.phases()) {
      out.append("  phase ")
          .append(phase.name())
          .append(phase.title().map(t -> " \"" + t + "\"").orElse(""))
          .append(": day ")
          .append(phase.startDay())
          .append(phase.endDay().map(end -> " to day " + end).orElse(" onwards"))
          .append('\n');
    }
    out.append("  released by day ")
        .append(timeline.totals().lastDay())
        .append(": ")
        .append(TimelineText.tallies(timeline.totals().released()))
        .append('\n');
    out.append("  still held: ")
        .append(TimelineText.tallies(timeline.totals().held()))
        .append('\n');
    timeline.notes().forEach(note -> out.append("  note: ").append(note.text()).append('\n'));
    out.append("  ").append(timeline.ending().reason()).append('\n');
    return out.toString();
  }
}
