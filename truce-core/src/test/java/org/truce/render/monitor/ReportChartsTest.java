package org.truce.render.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.truce.ledger.Entry;
import org.truce.monitor.CountingPolicy;
import org.truce.monitor.Monitor;
import org.truce.monitor.Monitor.Readings;
import org.truce.testing.LedgerEntries;

/**
 * The report's charts (docs/monitor.md, "The commands"): every chart of one report spans the same
 * days, day 1 to the report's day, whatever day each line's last release fell on; a release due on
 * no date (best effort with no date set) has no schedule line, and its legend says so; one with
 * nothing counted and no date set has no chart, and the report names it.
 */
class ReportChartsTest {
  private static final LocalDate START = LocalDate.of(2025, 5, 16);

  private static final String TEXT =
      """
      agreement "Exchange"
        version "v1"
        starts 2025-05-16
      party russia "Russia"
      party ukraine "Ukraine"
      held by russia { prisoner 1000  body 50 }
      held by ukraine { prisoner 1000  hostage 100 }
      interest russia: released prisoner by ukraine >= 1000
      interest ukraine: released prisoner by russia >= 1000
      phase exchange "Exchange" lasts 30 days {
        hostilities active
        [1.1] russia releases 1000 prisoner as soon as possible
        [1.2] ukraine releases 1000 prisoner as located, at the latest by day 20
        [1.3] russia releases 50 body as soon as possible
        [1.4] russia releases 2 prisoner per hostage released by ukraine
      }
      """;

  private static Readings readings(long day) {
    List<Entry> entries = new ArrayList<>();
    entries.add(LedgerEntries.inForce(START, LocalTime.of(0, 0)));
    entries.add(LedgerEntries.released("r3", START.plusDays(2), "russia", "prisoner", 300));
    entries.add(LedgerEntries.released("u8", START.plusDays(7), "ukraine", "prisoner", 400));
    entries.add(LedgerEntries.released("h5", START.plusDays(4), "ukraine", "hostage", 10));
    return Monitor.readings(
            LedgerEntries.versions("exchange.truce", TEXT),
            entries,
            START.plusDays(day - 1).atTime(20, 0),
            CountingPolicy.LIST)
        .orElseThrow();
  }

  private static List<String> svgs(String html) {
    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      svgs.add(m.group());
    }
    return svgs;
  }

  /** The days labelled on a chart's axis, first and last. */
  private static List<Long> span(String svg) {
    Matcher m = Pattern.compile("y=\"252\\.0\" text-anchor=\"middle\">(\\d+)</text>").matcher(svg);
    List<Long> days = new ArrayList<>();
    while (m.find()) {
      days.add(Long.parseLong(m.group(1)));
    }
    return List.of(days.getFirst(), days.getLast());
  }

  private static String titled(List<String> svgs, String title) {
    return svgs.stream().filter(s -> s.contains("<title>" + title)).findFirst().orElseThrow();
  }

  @Test
  void everyChartOfAReportSpansDayOneToTheReportsDay() {
    List<String> svgs = svgs(StatusReport.html(readings(25)));
    // russia's prisoners (last released on day 3), ukraine's (day 8), the ratio's batch (day 5)
    assertThat(svgs).hasSize(3);
    assertThat(svgs).allSatisfy(svg -> assertThat(span(svg)).containsExactly(1L, 25L));
    assertThat(svgs(StatusReport.markdown(readings(25))))
        .allSatisfy(svg -> assertThat(span(svg)).containsExactly(1L, 25L));
  }

  @Test
  void aReleaseWithNoDateSetHasNoScheduleLineAndItsLegendSaysSo() {
    String html = StatusReport.html(readings(25));
    List<String> svgs = svgs(html);
    String dashed = "stroke-dasharray=\"6 4\" points=";
    String undated = titled(svgs, "russia: prisoner released");
    assertThat(undated).doesNotContain(dashed).contains("schedule: no date set");
    assertThat(undated).contains("where no date is set: nothing is due on a day.");
    String dated = titled(svgs, "ukraine: prisoner released");
    assertThat(dated).contains(dashed).contains(">schedule</text>").doesNotContain("no date set");
    // russia's bodies: no date set and none released, so no chart, and the report says why
    assertThat(svgs).noneMatch(svg -> svg.contains("<title>russia: body"));
    assertThat(html)
        .contains("Not charted, as no date is set and no count is reported yet: russia body.");
    // the tables say the same: no date set, not day 1
    assertThat(html).contains("<td>no date set</td>");
  }

  @Test
  void theReportHasTheExchangesSoFarAsTheStatusHasThem() {
    Readings readings = readings(25);
    assertThat(StatusText.render(readings)).contains("\nExchanges so far\n");
    assertThat(StatusReport.markdown(readings))
        .contains("## Exchanges so far (list reading)")
        .contains("| russia | 0 prisoner | 10 hostage at 2 each | 20 | 20 short | clause 1.4 |");
    assertThat(StatusReport.html(readings)).contains("Exchanges so far (list reading)");
  }

  private static final String NO_RELEASES =
      """
      agreement "Calm"
        version "v1"
        starts 2025-05-16
      party north "North"
      party south "South"
      interest north: hostilities ended
      interest south: hostilities ended
      phase calm "Calm" lasts 30 days {
        hostilities ended
        north undertakes "withdraw from the border villages"
      }
      """;

  @Test
  void aTextWithNoReleaseGetsNoWordOnReleasesAndASentenceThatSaysSo() {
    Readings readings =
        Monitor.readings(
                LedgerEntries.versions("calm.truce", NO_RELEASES),
                List.of(LedgerEntries.inForce(START, LocalTime.of(0, 0))),
                START.plusDays(4).atTime(20, 0),
                CountingPolicy.LIST)
            .orElseThrow();
    String report = StatusReport.markdown(readings);
    assertThat(report)
        .contains(
            "The text provides for no release of people or remains, and none is recorded: this"
                + " report has no tallies, exchanges or holdings, and no counting reading to"
                + " choose.")
        .contains("\n0 deviations from the compliant timeline, 0 obligations overdue.\n")
        .contains("## Obligations (list reading)")
        .contains("## Disputed figures")
        .doesNotContain("Counting:")
        .doesNotContain("Under the other reading")
        .doesNotContain("## Batches against their ratio")
        .doesNotContain("## Tallies")
        .doesNotContain("## Still held")
        .doesNotContain("releases go to the earliest obligation first")
        .doesNotContain("<svg");
  }
}
