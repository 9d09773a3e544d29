package org.truce.render.monitor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.monitor.CountingPolicy;
import org.truce.monitor.Monitor;
import org.truce.monitor.Monitor.Readings;
import org.truce.testing.Golden;
import org.truce.testing.LedgerEntries;

/**
 * The status of a small dossier with conditional releases (docs/monitor.md), as a person reads it,
 * on the days it is waiting for its trigger (5), upcoming on the day the trigger completes (9), in
 * progress (10), due today (12), overdue (14) and fulfilled late (15): text on each day, JSON and
 * both reports on the days a reader most needs them.
 */
class ConditionalStatusGoldenTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 19);
  private static final Path DIR = Golden.resources().resolve("monitor/conditional");

  private static final String TEXT =
      """
      agreement "Conditional releases"
        version "v1"
        starts 2025-01-19 08:30
      party israel "Israel"
      party hamas "Hamas"
      held by hamas { hostage.living.civilian 15 }
      held by israel { prisoner.female 40  prisoner.male 200 }
      interest israel: all hostage released by hamas
      interest hamas: hostilities ended
      [1 "Calm"]
      phase one "Calm" lasts 42 days {
        [1.1] hostilities paused
        [1.2 "Civilians"] hamas releases 15 hostage.living.civilian by day 10
        [1.3 "First women"] israel releases 10 prisoner.female by day 5
        [1.4 "Women"]
        israel releases all remaining prisoner.female within 3 days after hamas has released all hostage.living.civilian
        [1.5 "Men"]
        israel releases 100 prisoner.male within 48 hours after hamas has released 5 hostage.living.civilian
      }
      """;

  private static DossierVersions versions() {
    return LedgerEntries.versions("conditional.truce", TEXT);
  }

  private static Entry released(String id, String party, String what, long day, long count) {
    return LedgerEntries.released(id, START.plusDays(day - 1), party, what, count);
  }

  /** Civilians on days 3 and 9 (the trigger completes on day 9), the women late on day 15. */
  private static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(8, 30)));
    entries.add(released("civilians-1", "hamas", "hostage.living.civilian", 3, 10));
    entries.add(released("women-1", "israel", "prisoner.female", 4, 10));
    entries.add(released("men", "israel", "prisoner.male", 5, 100));
    entries.add(released("civilians-2", "hamas", "hostage.living.civilian", 9, 5));
    entries.add(released("women-2", "israel", "prisoner.female", 15, 30));
    return entries;
  }

  private static Readings readings(long day) {
    return Monitor.readings(
            versions(), entries(), START.plusDays(day - 1).atTime(20, 0), CountingPolicy.LIST)
        .orElseThrow();
  }

  @Test
  void textOnEachDay() {
    StringBuilder out = new StringBuilder();
    for (long day : new long[] {5, 9, 10, 12, 14, 15}) {
      out.append("===== day ").append(day).append('\n').append(StatusText.render(readings(day)));
    }
    Golden.assertMatches(DIR.resolve("status-text.txt"), out.toString());
  }

  @Test
  void jsonWaitingAndFulfilledLate() {
    Golden.assertMatches(DIR.resolve("status-day5.json"), StatusJson.render(readings(5)));
    Golden.assertMatches(DIR.resolve("status-day15.json"), StatusJson.render(readings(15)));
  }

  @Test
  void reportsWaitingAndOverdue() {
    Golden.assertMatches(DIR.resolve("report-day5.md"), StatusReport.markdown(readings(5)));
    Golden.assertMatches(DIR.resolve("report-day5.html"), StatusReport.html(readings(5)));
    Golden.assertMatches(DIR.resolve("report-day14.html"), StatusReport.html(readings(14)));
  }
}
