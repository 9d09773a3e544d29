package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;

/**
 * {@code truce status}, {@code tally} and {@code report} on the bundled dossier of the November
 * 2023 pause: golden transcripts at several moments and in every format, the figures the public
 * record gives, and clear errors for bad input.
 */
class MonitorCommandsTest {
  @TempDir Path dossier;
  private BundledDossier bundled;

  @BeforeEach
  void importTheBundledJournal() throws IOException {
    bundled = BundledDossier.of(dossier, "pause-2023", "events-2023.journal");
  }

  private Transcript truce(String... args) {
    return bundled.truce(args);
  }

  @Test
  void statusAfterThePauseFindsDaySevenShortOnTheListButNotAsCredited() {
    Transcript list = truce("status", "--at", "2023-12-01");
    list.matches("monitor-status");
    assertThat(list.exit()).isEqualTo(1); // deviations under the list reading
    Transcript credited = truce("status", "--at", "2023-12-01", "--counting", "credited");
    assertThat(credited.exit()).isZero();
    assertThat(credited.out())
        .contains("Deviations from the compliant timeline (credited)\n  none");
  }

  @Test
  void statusAtNoonOfDaySeven() {
    Transcript t = truce("status", "--at", "2023-11-30T12:00");
    t.matches("monitor-status-midday");
    assertThat(t.out())
        .contains("Phase: pause \"Humanitarian pause\", its day 7, an extension day")
        .contains("due today, day 7 (ends 2023-12-01 07:00): 0 of 10 so far");
  }

  @Test
  void aMomentWithAnOffsetIsConvertedToTheAgreementsZone() {
    // the November 2023 text is in Asia/Gaza, two hours ahead of UTC in November
    String local = truce("status", "--at", "2023-11-30T14:00").out();
    assertThat(truce("status", "--at", "2023-11-30T12:00Z").out()).isEqualTo(local);
    assertThat(truce("status", "--at", "2023-11-30T12:00").out()).isNotEqualTo(local);
    assertThat(truce("status", "--at", "2023-11-30T14:00+02:00").out()).isEqualTo(local);
    assertThat(truce("status", "--at", "2023-11-30T14:00+02:00").exit()).isNotEqualTo(2);
  }

  @Test
  void statusAsJson() throws IOException {
    Transcript t = truce("status", "--at", "2023-12-01", "--json");
    t.matches("monitor-status-json");
    JsonNode root = new ObjectMapper().readTree(t.out());
    assertThat(root.get("format").asText()).isEqualTo("truce-status/1");
    assertThat(root.at("/status/policy").asText()).isEqualTo("list");
    assertThat(root.at("/otherReading/policy").asText()).isEqualTo("credited");
    assertThat(root.at("/otherReading/extensions/0/earnedDays").asLong()).isEqualTo(3);
  }

  @Test
  void tallyInEveryFormat() throws IOException {
    truce("tally", "--at", "2023-12-01").matches("monitor-tally");
    truce("tally", "--at", "2023-12-01", "--format", "md").matches("monitor-tally-md");
    JsonNode rows =
        new ObjectMapper()
            .readTree(truce("tally", "--at", "2023-12-01", "--json").out())
            .get("rows");
    JsonNode all = null;
    for (JsonNode row : rows) {
      if (row.get("category").asText().equals("hostage (all)")) {
        all = row;
      }
    }
    assertThat(all).isNotNull();
    assertThat(all.get("released").asText()).isEqualTo("105");
    assertThat(all.get("counted").asText()).isEqualTo("78");
    assertThat(all.get("countedOther").asText()).isEqualTo("80");
    assertThat(all.get("disputed").asText()).isEqualTo("107");
  }

  @Test
  void reportAsMarkdownAndHtmlWithCharts() throws IOException {
    truce("report", "--at", "2023-12-01").matches("monitor-report-md");
    Path html = dossier.resolve("report.html");
    Transcript t = truce("report", "--at", "2023-12-01", "--format", "html", "-o", html.toString());
    assertThat(t.exit()).as(t.render()).isZero();
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>");
    assertThat(page.split("<svg", -1)).hasSize(3); // releases against schedule, and the ratio
    assertThat(page).contains("<title>hamas: hostage.woman_or_child released and counted");
    assertThat(page).contains("How to read this report");
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    truce("status", "--at", "30/11/2023").matches("monitor-bad-at");
    truce("status", "--counting", "mediators").matches("monitor-bad-counting");
    truce("status", "--at", "2023-11-24T06:00").matches("monitor-not-in-force");
    assertThat(truce("status", "--at", "2023-11-24T06:00").exit()).isEqualTo(2);
  }

  @Test
  void totalsAndClausesNotMonitoredFromLogAddAreSeenByStatusAndTally() throws IOException {
    Transcript total =
        truce(
            "log",
            "add",
            "total",
            "icrc-day7",
            "--date",
            "2023-11-30",
            "--by",
            "hamas",
            "--category",
            "hostage",
            "--count",
            "110",
            "--source",
            "ICRC");
    assertThat(total.exit()).as(total.render()).isZero();
    Transcript marked =
        truce(
            "log",
            "add",
            "not-monitored",
            "aid-unsourced",
            "--date",
            "2023-11-24",
            "--clause",
            "1.5",
            "--reason",
            "no source counts the trucks",
            "--source",
            "monitoring cell");
    assertThat(marked.exit()).as(marked.render()).isZero();
    String status = truce("status", "--at", "2023-12-01").out();
    assertThat(status)
        .contains("hamas delivered in all: 105 living")
        .contains(
            "hamas released 110 hostage in all as of 2023-11-30 (day 7) (ICRC; entry icrc-day7),"
                + " or 105 by the releases recorded one by one: 5 more by the total")
        .contains("clause 1.5 \"Aid and fuel\": not monitored since 2023-11-24");
    // A total in all that goes down, from the same source: refused, nothing written.
    Transcript lower =
        truce(
            "log",
            "add",
            "total",
            "icrc-day8",
            "--date",
            "2023-12-01",
            "--by",
            "hamas",
            "--category",
            "hostage",
            "--count",
            "100",
            "--source",
            "ICRC");
    assertThat(lower.exit()).isEqualTo(2);
    assertThat(lower.err()).contains("error[E755]");
    JsonNode held =
        new ObjectMapper()
            .readTree(truce("tally", "--at", "2023-12-01", "--json").out())
            .get("held")
            .get("rows");
    assertThat(held).isNotEmpty();
    assertThat(held.get(0).get("holder").asText()).isEqualTo("hamas");
  }

  @Test
  void eventsFromLogAddAndFromCsvAreSeenByStatus() throws IOException {
    Transcript added =
        truce(
            "log",
            "add",
            "violation",
            "drones-day2",
            "--date",
            "2023-11-25",
            "--by",
            "hamas",
            "--against",
            "israel",
            "--text",
            "drones flew over the south",
            "--clause",
            "1.6",
            "--source",
            "a statement");
    assertThat(added.exit()).as(added.render()).isZero();
    Path csv = dossier.resolve("aid.csv");
    Files.writeString(
        csv,
        "date,kind,id,what,count,by,clause,source\n"
            + "2023-11-25,aid,aid-day2,trucks of aid,200,israel,1.5,a UN agency\n");
    Transcript imported = truce("log", "import", csv.toString());
    assertThat(imported.exit()).as(imported.render()).isZero();
    assertThat(imported.out()).isEqualTo("imported 1 entry\n");
    Transcript status = truce("status", "--at", "2023-12-01");
    assertThat(status.out())
        .contains(
            "2023-11-25 (day 2): hamas alleges a violation by israel: drones flew over the south"
                + " (a statement; entry drones-day2) [clause 1.6 \"Drone flights\"]");
  }

  @Test
  void aBadCsvIsRefusedWithItsCells() throws IOException {
    Path csv = dossier.resolve("bad.csv");
    Files.writeString(
        csv,
        "date,kind,id,by,category,count,source\n"
            + "2023-11-25,release,r1,israel,hostage.woman_or_child,13,AFP\n");
    truce("log", "import", csv.toString()).matches("monitor-csv-bad");
  }

  @Test
  void talksFromLogAddAreCheckedAgainstThePhasesOfTheVersion() {
    Transcript added =
        truce(
            "log",
            "add",
            "talks",
            "talks-on-the-pause",
            "--date",
            "2023-11-27",
            "--on",
            "pause",
            "--state",
            "broken off",
            "--judged-by",
            "qatar",
            "--source",
            "a test");
    assertThat(added.exit()).as(added.render()).isZero();
    Transcript unknown =
        truce(
            "log",
            "add",
            "talks",
            "talks-on-two",
            "--date",
            "2023-11-27",
            "--on",
            "two",
            "--state",
            "agreed",
            "--source",
            "a test");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.render()).contains("error[E738]: version `2023-11-22` has no phase `two`");
  }

  @Test
  void anAidFigureForAPeriodIsRecordedWithItsFirstDate() {
    Transcript week =
        truce(
            "log",
            "add",
            "aid",
            "week-one",
            "--date",
            "2023-11-27",
            "--what",
            "aid.truck",
            "--count",
            "800",
            "--from",
            "2023-11-24",
            "--source",
            "UN OCHA");
    assertThat(week.exit()).as(week.render()).isZero();
    assertThat(truce("log", "export").out())
        .contains("2023-11-27 aid week-one\n  what: aid.truck\n  count: 800\n  from: 2023-11-24\n");
    Transcript later =
        truce(
            "log",
            "add",
            "aid",
            "week-two",
            "--date",
            "2023-11-27",
            "--what",
            "aid.truck",
            "--count",
            "800",
            "--from",
            "2023-11-28",
            "--source",
            "UN OCHA");
    assertThat(later.exit()).isEqualTo(2);
    assertThat(later.err()).contains("error[E767]");
  }
}
