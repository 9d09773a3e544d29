package org.truce.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.truce.ledger.BatchReport;
import org.truce.ledger.Batches;
import org.truce.ledger.Confidence;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalResult;
import org.truce.ledger.Ledger;
import org.truce.ledger.Provenance;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.monitor.CountingPolicy;
import org.truce.monitor.Monitor;
import org.truce.render.monitor.StatusText;
import org.truce.source.SourceText;
import org.truce.store.LedgerStores;

/**
 * The monitor over a large ledger (issue 6): N events of a 1,000-day pause (releases by both
 * parties, in and outside the deal, with and without hours; disputes; extensions) imported as
 * {@code truce log import} does, then the status as {@code truce status} makes it (what the monitor
 * reads, both readings, the text) at dates across the pause, against the same status from every
 * entry of the ledger (the peer: reading and replaying it all), in the same run; then the cost of
 * one more event, recorded, and of the status after it. SQLite and PostgreSQL. From the repository
 * root:
 *
 * <pre>java -cp truce-bench/target/benchmarks.jar org.truce.bench.MonitorBench [N]</pre>
 */
public final class MonitorBench {
  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final String AGREEMENT =
      """
      agreement "Bench pause"
        version "bench"
        dated 2023-01-01
        starts 2023-01-01 07:00
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.woman_or_child 10000000
        hostage.other 10000000
      }
      held by israel {
        prisoner.woman_or_minor 100000000
      }
      interest israel: released hostage.woman_or_child by hamas >= 50
      interest hamas: released prisoner.woman_or_minor by israel >= 150
      [1 "Pause"]
      phase pause "Pause" lasts 1000 days {
        [1.1 "Pause in hostilities"]
        hostilities paused
        [1.2 "Releases"]
        hamas releases 1000000 hostage.woman_or_child, 1000 every 1 days from day 1
        [1.3 "Exchange ratio"]
        israel releases 3 prisoner.woman_or_minor per hostage.woman_or_child released by hamas
        [1.4 "Extension"]
        extends by 1 day per 1000 additional hostage.woman_or_child released by hamas
      }
      """;

  private MonitorBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Agreement agreement =
        ModelBuilder.load(new SourceText("bench.truce", AGREEMENT)).agreement().orElseThrow();
    DossierVersions versions = new DossierVersions(Map.of("bench", agreement));
    List<Entry> events = events(n);
    String journal = Journal.write(events);
    System.out.printf(Locale.ROOT, "events: %,d, journal of %,d characters%n", n, journal.length());
    Path dir = Files.createTempDirectory("truce-monitor-bench");
    run("SQLite", () -> LedgerStores.sqlite(dir), versions, journal, n);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE monitor");
      }
      run(
          "PostgreSQL",
          () ->
              LedgerStores.postgresql(
                  "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/monitor"),
          versions,
          journal,
          n);
    }
  }

  private static void run(
      String name, Supplier<Ledger> open, DossierVersions versions, String journal, int n)
      throws Exception {
    try (Ledger ledger = open.get()) {
      long t0 = System.nanoTime();
      JournalResult read = Journal.parse(new SourceText("bench.journal", journal));
      BatchReport report = Batches.check(read, versions, ledger, LocalDate.now());
      if (!report.ok()) {
        throw new IllegalStateException(report.diagnostics().getFirst().message());
      }
      ledger.append(report.newEntries());
      System.out.printf(
          Locale.ROOT, "%s: imported in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);

      for (long day : new long[] {10, 250, 500, 750, 1000}) {
        LocalDateTime at = START.plusDays(day - 1).atTime(12, 0);
        Supplier<String> status =
            () ->
                StatusText.render(
                    Monitor.readings(
                            versions, ledger.forMonitor(at.toLocalDate()), at, CountingPolicy.LIST)
                        .orElseThrow());
        Supplier<String> peer =
            () ->
                StatusText.render(
                    Monitor.readings(versions, ledger.entries(), at, CountingPolicy.LIST)
                        .orElseThrow());
        if (!status.get().equals(peer.get())) {
          throw new IllegalStateException("the status differs from the peer's on day " + day);
        }
        // Both were run once above (the check): each is timed warm.
        double fast = median(status, 5);
        double all = median(peer, 1);
        System.out.printf(
            Locale.ROOT,
            "%s: status on day %d: %.0f ms; from every entry (the peer): %.0f ms; peer / status"
                + " = %.1f%n",
            name,
            day,
            fast,
            all,
            all / fast);
      }

      // One more event: recorded as `truce log add` records it, then the status after it.
      double[] append = new double[50];
      for (int i = 0; i < append.length; i++) {
        Entry one =
            release(
                "late-" + i, START.plusDays(999), "hamas", "hostage.woman_or_child", 1, true, null);
        long t = System.nanoTime();
        BatchReport single =
            Batches.check(
                Journal.parse(new SourceText("one", Journal.write(List.of(one)))),
                versions,
                ledger,
                LocalDate.now());
        ledger.append(single.newEntries());
        append[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(append);
      LocalDateTime end = START.plusDays(999).atTime(Monitor.END_OF_DATE);
      double after =
          median(
              () ->
                  StatusText.render(
                      Monitor.readings(
                              versions,
                              ledger.forMonitor(end.toLocalDate()),
                              end,
                              CountingPolicy.LIST)
                          .orElseThrow()),
              3);
      System.out.printf(
          Locale.ROOT,
          "%s: one more event, checked and recorded: median %.2f ms (min %.2f, max %.2f); the"
              + " status after it: %.0f ms%n",
          name,
          append[append.length / 2],
          append[0],
          append[append.length - 1],
          after);
    }
  }

  /** The median of {@code runs} timed runs, in milliseconds. */
  private static double median(Supplier<String> work, int runs) {
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.get();
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  /**
   * The in-force entry, then N events over 1,000 days: releases by hamas (four in five of women and
   * children, one in twenty outside the deal, one in three with an hour) and by israel; one dispute
   * in 10,000; an extension of a day every 100 days.
   */
  private static List<Entry> events(int n) {
    Random random = new Random(42);
    List<Entry> events = new ArrayList<>(n + 1);
    events.add(
        entry(
            "in-force",
            START,
            new Event.InForce("bench", Optional.of(LocalTime.of(7, 0))),
            Optional.empty()));
    String[] hours = {"05:00", "10:00", "16:30"};
    for (int i = 1; i < n; i++) {
      LocalDate date = START.plusDays(random.nextInt(1000));
      // One in three with an hour; none before the entry into force, at 07:00 on the first day.
      String hour =
          random.nextInt(3) == 0 && !date.equals(START)
              ? hours[random.nextInt(hours.length)]
              : null;
      if (i % 10_000 == 5_000) {
        events.add(
            entry(
                "d" + i,
                date,
                new Event.Dispute(
                    "r" + (i - 1),
                    Optional.of(2L),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                Optional.empty()));
      } else if (i % 100_000 == 50_000) {
        events.add(
            entry(
                "x" + i,
                date,
                new Event.Extension(
                    1, List.of(), Optional.of("1.4"), Optional.empty(), Optional.empty()),
                Optional.empty()));
      } else if (random.nextBoolean()) {
        boolean women = random.nextInt(5) > 0;
        events.add(
            release(
                "r" + i,
                date,
                "hamas",
                women ? "hostage.woman_or_child" : "hostage.other",
                1 + random.nextInt(3),
                random.nextInt(20) > 0,
                hour));
      } else {
        events.add(
            release(
                "r" + i,
                date,
                "israel",
                "prisoner.woman_or_minor",
                3 * (1 + random.nextInt(3)),
                true,
                hour));
      }
    }
    return events;
  }

  private static Entry release(
      String id,
      LocalDate date,
      String by,
      String category,
      long count,
      boolean inDeal,
      String hour) {
    return entry(
        id,
        date,
        new Event.Release(
            EntryKind.RELEASE,
            by,
            category,
            count,
            inDeal ? Event.Counted.IN_DEAL : Event.Counted.OUTSIDE_DEAL,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.ofNullable(hour).map(LocalTime::parse),
            Optional.of("1.2")),
        Optional.empty());
  }

  private static Entry entry(
      String id, LocalDate date, Entry.Body body, Optional<String> supersedes) {
    return new Entry(
        id,
        date,
        body,
        new Provenance(
            "bench report",
            Optional.empty(),
            Optional.empty(),
            false,
            Confidence.REPORTED,
            Optional.empty()),
        supersedes);
  }
}
