package org.truce.cli.run;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.truce.ledger.BatchReport;
import org.truce.ledger.Batches;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Journal;
import org.truce.ledger.LedgerConflict;
import org.truce.ledger.MemoryLedger;
import org.truce.model.Agreement;
import org.truce.monitor.CountingPolicy;
import org.truce.monitor.Monitor;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;

/**
 * Part 8 of {@code truce demo}: the three bundled monitoring dossiers, each replayed from its
 * sourced events in a ledger held in memory, at the moment its scenario names, a few lines each.
 */
final class DemoMonitor {
  private static final String PAUSE = "examples/pause-2023/events-2023.journal";
  private static final String LEBANON = "examples/lebanon-2024/events-2024.journal";
  private static final String UKRAINE = "examples/ukraine-russia-2025/events-2025.journal";

  private DemoMonitor() {}

  /**
   * Prints the part. {@code agreement} gives a bundled example, checked; {@code resource} the bytes
   * of a bundled file.
   */
  static void print(
      PrintStream out, Function<String, Agreement> agreement, Function<String, byte[]> resource) {
    out.print("  pause-2023, the November 2023 pause, on 2023-12-01: ");
    pause(
        replay(
            List.of(agreement.apply(DemoRunner.NOVEMBER)),
            resource.apply(PAUSE),
            LocalDate.of(2023, 12, 1)),
        out);
    out.print("  lebanon-2024, Israel and Lebanon, on 2025-02-19, the extended deadline: ");
    lebanon(
        replay(
            List.of(
                agreement.apply("examples/lebanon-2024.truce"),
                agreement.apply("examples/lebanon-2024-extended.truce")),
            resource.apply(LEBANON),
            LocalDate.of(2025, 2, 19)),
        out);
    out.print("  ukraine-russia-2025, Russia and Ukraine, on 2025-06-16: ");
    ukraine(
        replay(
            List.of(
                agreement.apply("examples/ukraine-russia-2025-may.truce"),
                agreement.apply("examples/ukraine-russia-2025-june.truce"),
                agreement.apply("examples/ukraine-russia-2025-june-russian-reading.truce")),
            resource.apply(UKRAINE),
            LocalDate.of(2025, 6, 16)),
        out);
  }

  /** The tallies, and day 7 under both counting readings. */
  private static void pause(Monitor.Readings readings, PrintStream out) {
    List<String> released = new ArrayList<>();
    for (Status.TallyLine t : readings.chosen().tallies()) {
      if (t.category().endsWith("(all)") || t.party().equals("israel")) {
        released.add(t.party() + " " + t.released() + " " + t.category());
      }
    }
    out.println("released " + String.join(", ", released));
    for (Status status : List.of(readings.chosen(), readings.other())) {
      RatioLine day7 = status.ratios().getLast();
      Status.ExtensionLine extension = status.extensions().getFirst();
      out.println(
          "    counted as the "
              + (status.policy() == CountingPolicy.LIST
                  ? "exchange list has it"
                  : "mediators credited it")
              + " (--counting "
              + status.policy().word()
              + "): day 7, "
              + day7.units()
              + " hostages for "
              + day7.released()
              + " prisoners ("
              + (day7.released() == day7.due()
                  ? "the ratio of 3 holds"
                  : (day7.released() - day7.due()) + " more than the ratio of 3 calls for")
              + "); "
              + extension.earnedDays().orElseThrow()
              + " extension days earned, "
              + extension.agreedDays()
              + " agreed");
    }
  }

  /** The phase and hostilities, each deviation, and how many allegations and disputes. */
  private static void lebanon(Monitor.Readings readings, PrintStream out) {
    Status s = readings.chosen();
    out.println(
        "day "
            + s.day()
            + ", phase "
            + s.phase().map(Status.PhaseLine::name).orElse("none")
            + ", hostilities "
            + s.hostilities().state()
            + "; "
            + s.violations().size()
            + " violations alleged, "
            + s.disputes().size()
            + " figures disputed");
    for (Status.DeviationLine d : s.deviations()) {
      out.println("    deviation, day " + d.day() + ": " + d.text());
    }
  }

  /** What each side delivered in all, the deviations, and the totals the sources dispute. */
  private static void ukraine(Monitor.Readings readings, PrintStream out) {
    Status s = readings.chosen();
    List<String> delivered = new ArrayList<>();
    for (Status.DeliveredLine d : s.delivered()) {
      delivered.add(
          d.holder()
              + (d.living() > 0 ? " " + d.living() + " living" : "")
              + (d.remains() > 0 ? " " + d.remains() + " remains" : "")
              + (d.unreported() > 0
                  ? " and " + d.unreported() + " releases of unreported count"
                  : ""));
    }
    out.println(
        "day "
            + s.day()
            + ", delivered in all: "
            + String.join(", ", delivered)
            + "; "
            + (s.deviations().isEmpty()
                ? "no deviation"
                : s.deviations().size() + " deviation" + (s.deviations().size() == 1 ? "" : "s")));
    List<String> disputed = new ArrayList<>();
    for (Status.TotalLine t : s.totals()) {
      if (t.difference() != 0) {
        disputed.add(t.party() + " " + t.total() + " " + t.category() + " against " + t.recorded());
      }
    }
    if (!disputed.isEmpty()) {
      out.println(
          "    totals in all a source gives, against the releases recorded one by one: "
              + String.join(", ", disputed));
    }
  }

  /**
   * The bundled events of a dossier, recorded in a ledger held in memory (the demo writes no file)
   * and replayed at the end of {@code date}.
   */
  private static Monitor.Readings replay(List<Agreement> texts, byte[] events, LocalDate date) {
    Map<String, Agreement> byLabel = new LinkedHashMap<>();
    texts.forEach(a -> byLabel.put(a.metadata().version().orElseThrow(), a));
    DossierVersions versions = new DossierVersions(byLabel);
    LoadedSource journal = Sources.decode(events, "events.journal");
    try (MemoryLedger ledger = new MemoryLedger()) {
      BatchReport report =
          Batches.check(Journal.parse(journal.source()), versions, ledger, LocalDate.now());
      if (!report.ok()) {
        throw new IllegalStateException("the bundled events do not check: " + report.diagnostics());
      }
      ledger.append(report.newEntries());
      LocalDateTime at = date.atTime(Monitor.END_OF_DATE);
      return Monitor.readings(versions, ledger.entries(), at, CountingPolicy.LIST).orElseThrow();
    } catch (LedgerConflict e) {
      throw new IllegalStateException("an empty ledger refused the bundled events", e);
    }
  }
}
