package org.truce.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.truce.ledger.Confidence;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.Ledger;
import org.truce.ledger.NotMonitored;
import org.truce.ledger.Provenance;
import org.truce.ledger.Total;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.monitor.CountingPolicy;
import org.truce.monitor.Monitor;
import org.truce.monitor.Status;
import org.truce.source.Sources;

/**
 * A differential check of {@link Ledger#forMonitor}: on random events of the November 2023 pause
 * (releases with and without hours, in and outside the deal, disputed, corrected, retracted, handed
 * over; extensions), the status from what it reads equals the status from every entry, at several
 * moments and under both counting policies, as the ledger grows.
 */
final class MonitorReadContract {
  private static final LocalDate START = LocalDate.of(2023, 11, 24);
  private static final List<String> HOURS = List.of("05:00", "07:00", "16:30");

  private final Random random;
  private final List<String> releases = new ArrayList<>();
  private int next;

  MonitorReadContract(long seed) {
    this.random = new Random(seed);
  }

  static DossierVersions versions() {
    Agreement agreement =
        ModelBuilder.load(Sources.read(Path.of("..", "examples", "november-2023.truce")).source())
            .agreement()
            .orElseThrow();
    return new DossierVersions(Map.of(agreement.metadata().version().orElseThrow(), agreement));
  }

  /** Appends {@code rounds} random batches and compares the statuses after each. */
  void check(Ledger ledger, int rounds) throws Exception {
    DossierVersions versions = versions();
    ledger.append(
        List.of(
            entry(
                START,
                new Event.InForce("2023-11-22", Optional.of(LocalTime.of(7, 0))),
                Optional.empty())));
    for (int round = 0; round < rounds; round++) {
      List<Entry> batch = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        batch.add(randomEvent());
      }
      ledger.append(batch);
      for (LocalDateTime at :
          List.of(
              START.plusDays(1).atTime(12, 0),
              START.plusDays(4).atTime(Monitor.END_OF_DATE),
              START.plusDays(9).atTime(Monitor.END_OF_DATE))) {
        for (CountingPolicy policy : CountingPolicy.values()) {
          Optional<Status> fast =
              Monitor.status(versions, ledger.forMonitor(at.toLocalDate()), at, policy);
          Optional<Status> all = Monitor.status(versions, ledger.entries(), at, policy);
          assertThat(fast).as("round %d at %s, %s", round, at, policy).isEqualTo(all);
        }
      }
    }
  }

  private Entry randomEvent() {
    LocalDate date = START.plusDays(random.nextInt(9));
    int pick = random.nextInt(20);
    if (pick < 12 || releases.isEmpty()) {
      return release(date, Optional.empty());
    }
    String target = releases.get(random.nextInt(releases.size()));
    return switch (pick) {
      case 12, 13 ->
          entry(
              date,
              new Event.Dispute(
                  target,
                  Optional.of((long) random.nextInt(20)),
                  random.nextBoolean() ? Optional.of(Event.Counted.IN_DEAL) : Optional.empty(),
                  random.nextBoolean() ? Optional.of(date.plusDays(1)) : Optional.empty(),
                  Optional.empty()),
              Optional.empty());
      case 14 -> entry(date, new Entry.Retraction(target, "a mistake"), Optional.empty());
      case 15 -> release(date, Optional.of(target));
      case 16 ->
          entry(
              date,
              new Event.Handover(
                  "hamas",
                  "ICRC",
                  Optional.empty(),
                  Optional.of(target),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()),
              Optional.empty());
      case 17 ->
          entry(
              date,
              new Event.Extension(
                  1, List.of(), Optional.of("1.4"), Optional.empty(), Optional.empty()),
              Optional.empty());
      // What is monitored and the totals sources give (docs/monitor.md): read as entries.
      case 18 ->
          entry(
              date,
              new Total(
                  "hamas",
                  "hostage",
                  random.nextInt(200),
                  random.nextBoolean() ? Optional.of(date) : Optional.empty(),
                  Optional.empty()),
              Optional.empty());
      case 19 -> entry(date, new NotMonitored("1.5", "no source"), Optional.empty());
      default -> release(date, Optional.empty());
    };
  }

  private Entry release(LocalDate date, Optional<String> supersedes) {
    boolean hostages = random.nextInt(3) > 0;
    String[] categories = {"hostage.woman_or_child", "hostage.foreign_national", "hostage.other"};
    String category =
        hostages ? categories[random.nextInt(categories.length)] : "prisoner.woman_or_minor";
    boolean remains = hostages && category.equals("hostage.other") && random.nextBoolean();
    Event.Release body =
        new Event.Release(
            remains ? EntryKind.REMAINS : EntryKind.RELEASE,
            hostages ? "hamas" : "israel",
            category,
            1 + random.nextInt(15),
            remains || random.nextInt(4) > 0 ? Event.Counted.IN_DEAL : Event.Counted.OUTSIDE_DEAL,
            !remains && random.nextInt(6) == 0 ? Optional.of(date.plusDays(1)) : Optional.empty(),
            List.of(),
            Optional.empty(),
            random.nextInt(3) == 0
                ? Optional.of(LocalTime.parse(HOURS.get(random.nextInt(HOURS.size()))))
                : Optional.empty(),
            Optional.empty());
    Entry entry = entry(date, body, supersedes);
    releases.add(entry.id());
    return entry;
  }

  private Entry entry(LocalDate date, Entry.Body body, Optional<String> supersedes) {
    return new Entry(
        "e" + next++,
        date,
        body,
        new Provenance(
            "source " + random.nextInt(3),
            Optional.empty(),
            Optional.empty(),
            false,
            Confidence.REPORTED,
            Optional.empty()),
        supersedes);
  }

  /**
   * A release recorded in place of units an order makes due first (docs/monitor.md, "Orders and
   * substitutions"), among ordinary releases of the same day, party and category, which the
   * database sums: read back, it is still a substitution, not a breach of the order.
   */
  static final class Substitution {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDateTime AT = START.plusDays(3).atTime(Monitor.END_OF_DATE);

    private Substitution() {}

    static void check(Ledger ledger) throws Exception {
      append(ledger);
      assertSameStatus(ledger);
    }

    static void append(Ledger ledger) throws Exception {
      ledger.append(
          List.of(
              entry("in-force", START, new Event.InForce("v1", Optional.of(LocalTime.MIDNIGHT))),
              entry("civilians", START.plusDays(1), release("detainee.civilian", Optional.empty())),
              entry(
                  "soldier-for-civilian",
                  START.plusDays(1),
                  release("detainee.soldier", Optional.of("detainee.civilian"))),
              entry("soldier", START.plusDays(1), release("detainee.soldier", Optional.empty()))));
    }

    static void assertSameStatus(Ledger ledger) {
      Agreement agreement =
          ModelBuilder.load(
                  Sources.read(
                          Path.of(
                              "..",
                              "truce-core/src/test/resources/fuzz/agreements/"
                                  + "order-between-releases.truce"))
                      .source())
              .agreement()
              .orElseThrow();
      DossierVersions versions = new DossierVersions(Map.of("v1", agreement));
      Status all =
          Monitor.status(versions, ledger.entries(), AT, CountingPolicy.LIST).orElseThrow();
      Status fast =
          Monitor.readings(
                  versions,
                  ledger.forMonitor(AT.toLocalDate()),
                  AT,
                  CountingPolicy.LIST,
                  ledger::releasesIn)
              .orElseThrow()
              .chosen();
      assertThat(all.substitutions()).hasSize(1);
      assertThat(fast).isEqualTo(all);
    }

    private static Event.Release release(String category, Optional<String> instead) {
      return new Event.Release(
          EntryKind.RELEASE,
          "south",
          category,
          1,
          Event.Counted.IN_DEAL,
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          instead);
    }

    private static Entry entry(String id, LocalDate date, Entry.Body body) {
      return new Entry(
          id,
          date,
          body,
          new Provenance(
              "ICRC",
              Optional.empty(),
              Optional.empty(),
              false,
              Confidence.REPORTED,
              Optional.empty()),
          Optional.empty());
    }
  }

  /**
   * Releases whose count was not reported (decision 0031) are read one by one, never from the sums:
   * one beside a release of a known count of the same day, party and category, one alone.
   */
  static final class Unreported {
    private Unreported() {}

    static void check(Ledger ledger) throws Exception {
      ledger.append(
          List.of(
              Substitution.entry(
                  "in-force",
                  Substitution.START,
                  new Event.InForce("v1", Optional.of(LocalTime.MIDNIGHT))),
              Substitution.entry(
                  "known", Substitution.START.plusDays(1), release("detainee.civilian", 3)),
              Substitution.entry(
                  "stage-1", Substitution.START.plusDays(1), release("detainee.civilian", 0)),
              Substitution.entry(
                  "stage-2", Substitution.START.plusDays(2), release("detainee.civilian", 0))));
      Agreement agreement =
          ModelBuilder.load(
                  Sources.read(
                          Path.of(
                              "..",
                              "truce-core/src/test/resources/fuzz/agreements/"
                                  + "order-between-releases.truce"))
                      .source())
              .agreement()
              .orElseThrow();
      DossierVersions versions = new DossierVersions(Map.of("v1", agreement));
      Status all =
          Monitor.status(versions, ledger.entries(), Substitution.AT, CountingPolicy.LIST)
              .orElseThrow();
      Status fast =
          Monitor.readings(
                  versions,
                  ledger.forMonitor(Substitution.AT.toLocalDate()),
                  Substitution.AT,
                  CountingPolicy.LIST,
                  ledger::releasesIn)
              .orElseThrow()
              .chosen();
      assertThat(all.delivered())
          .anySatisfy(
              d -> {
                assertThat(d.total()).isEqualTo(3);
                assertThat(d.unreported()).isEqualTo(2);
              });
      assertThat(fast).isEqualTo(all);
    }

    private static Event.Release release(String category, long count) {
      return new Event.Release(
          EntryKind.RELEASE,
          "south",
          category,
          count,
          Event.Counted.IN_DEAL,
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
  }
}
