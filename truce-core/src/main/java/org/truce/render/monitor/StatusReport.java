package org.truce.render.monitor;

import java.util.ArrayList;
import java.util.List;
import org.truce.monitor.Monitor.Readings;
import org.truce.monitor.Status;
import org.truce.monitor.SuspensionLine;
import org.truce.table.Markup;
import org.truce.table.Table;
import org.truce.table.TableFormat;

/**
 * The status as a report for readers who never saw truce: what the agreement's state is, in
 * sentences; two kinds of chart (releases against the compliant schedule, each day's
 * counter-release against its ratio); then the tables, and how to read them. Markdown (charts as
 * inline SVG, which most Markdown viewers show; GitHub does not) or a self-contained HTML page. A
 * text that provides for no release (no holdings, no release, nothing released) gets no word on
 * releases: no counting readings, tallies, ratios or holdings, and a sentence that says so.
 */
public final class StatusReport {
  private StatusReport() {}

  public static String markdown(Readings readings) {
    Status s = readings.chosen();
    StringBuilder out =
        new StringBuilder("# ").append(Markup.markdown(Lines.heading(s))).append("\n\n");
    for (String sentence : summary(readings)) {
      out.append(Markup.markdownBlock(sentence)).append("\n\n");
    }
    for (Charts.Chart chart : charts(s)) {
      out.append("## ")
          .append(Markup.markdown(chart.title()))
          .append("\n\n")
          .append(chart.svg())
          .append('\n');
    }
    notCharted(s).ifPresent(t -> out.append(Markup.markdownBlock(t)).append("\n\n"));
    for (Table table : tables(readings)) {
      out.append(TableFormat.MARKDOWN.write(table)).append('\n');
    }
    out.append("## How to read this report\n\n");
    for (String line : howToRead(s)) {
      out.append(Markup.markdownBlock(line)).append("\n\n");
    }
    return out.toString().stripTrailing() + "\n";
  }

  public static String html(Readings readings) {
    Status s = readings.chosen();
    StringBuilder body =
        new StringBuilder("<h1>").append(Markup.html(Lines.heading(s))).append("</h1>\n");
    for (String sentence : summary(readings)) {
      body.append("<p>").append(Markup.html(sentence)).append("</p>\n");
    }
    for (Charts.Chart chart : charts(s)) {
      body.append("<figure>\n")
          .append(chart.svg())
          .append("<figcaption>")
          .append(Markup.html(chart.title()))
          .append("</figcaption>\n</figure>\n");
    }
    notCharted(s).ifPresent(t -> body.append("<p>").append(Markup.html(t)).append("</p>\n"));
    for (Table table : tables(readings)) {
      body.append(TableFormat.htmlSection(table));
    }
    body.append("<h2>How to read this report</h2>\n");
    for (String line : howToRead(s)) {
      body.append("<p>").append(Markup.html(line)).append("</p>\n");
    }
    return TableFormat.htmlPage(Lines.heading(s), body.toString());
  }

  private static List<String> summary(Readings readings) {
    Status s = readings.chosen();
    Status o = readings.other();
    List<String> lines = new ArrayList<>();
    lines.add(Lines.inForce(s));
    Lines.lapse(s).ifPresent(lines::add);
    lines.add(Lines.standing(s));
    lines.add(Lines.phase(s));
    lines.add(Lines.hostilities(s));
    for (Status.DeliveredLine d : s.delivered()) {
      lines.add(HoldingLines.delivered(d) + ".");
    }
    for (SuspensionLine x : s.suspensions()) {
      lines.add(
          (x.terminated() ? "Termination, " : "Suspension, ") + PartyActs.suspension(x) + ".");
    }
    for (Status.NotMonitoredLine n : s.notMonitored()) {
      lines.add("Not monitored: " + HoldingLines.notMonitored(n) + ".");
    }
    for (int i = 0; i < s.extensions().size(); i++) {
      String chosen = Lines.extension(s.extensions().get(i));
      lines.add("Extension: " + chosen);
      if (i < o.extensions().size()) {
        Lines.other(chosen, Lines.extension(o.extensions().get(i)))
            .ifPresent(t -> lines.add("Extension, " + o.policy().word() + " reading: " + t));
      }
    }
    if (releases(s)) {
      lines.add(Lines.counting(s, o));
      lines.add(
          findings(s) + " Under the other reading (" + o.policy().word() + "): " + findings(o));
    } else {
      lines.add(
          "The text provides for no release of people or remains, and none is recorded: this"
              + " report has no tallies, exchanges or holdings, and no counting reading to choose.");
      // with nothing released, both readings count the same: the other is named if it differs
      lines.add(
          findings(s)
              + (findings(o).equals(findings(s))
                  ? ""
                  : " Under the other reading (" + o.policy().word() + "): " + findings(o)));
    }
    for (Status.DeviationLine d : s.deviations()) {
      lines.add("Deviation, " + Lines.deviation(s.clock(), d));
    }
    for (Status.SubstitutionLine x : s.substitutions()) {
      lines.add("Substitution, " + Lines.substitution(x));
    }
    return lines;
  }

  private static String findings(Status s) {
    // An obligation that releases of unreported count went to is not judged (decision 0031).
    long overdue =
        s.obligations().stream()
            .filter(x -> x.state() == Status.ObligationState.OVERDUE && x.unreported() == 0)
            .count();
    long notJudged = s.obligations().stream().filter(x -> x.unreported() > 0).count();
    return s.deviations().size()
        + " deviation"
        + (s.deviations().size() == 1 ? "" : "s")
        + " from the compliant timeline, "
        + overdue
        + " obligation"
        + (overdue == 1 ? "" : "s")
        + " overdue"
        + (notJudged == 0
            ? ""
            : ", "
                + notJudged
                + " obligation"
                + (notJudged == 1 ? "" : "s")
                + " not judged (releases of unreported count)")
        + ".";
  }

  private static List<Charts.Chart> charts(Status s) {
    List<Charts.Chart> charts =
        new ArrayList<>(Charts.releasesAgainstSchedule(s, new ArrayList<>()));
    charts.addAll(Charts.ratios(s));
    return charts;
  }

  /** The sentence that names the releases left without a chart, if any. */
  private static java.util.Optional<String> notCharted(Status s) {
    List<String> leftOut = new ArrayList<>();
    Charts.releasesAgainstSchedule(s, leftOut);
    return leftOut.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            "Not charted, as no date is set and no count is reported yet: "
                + String.join(", ", leftOut)
                + ".");
  }

  /**
   * Whether releases apply: the text holds someone or schedules a release, or one is recorded. When
   * none does, the counting readings, tallies, ratios and holdings say nothing and are left out.
   */
  static boolean releases(Status s) {
    return !s.held().isEmpty()
        || !s.tallies().isEmpty()
        || !s.ratios().isEmpty()
        || !s.exchanges().isEmpty()
        || s.obligations().stream().anyMatch(o -> o.category().isPresent());
  }

  private static List<Table> tables(Readings readings) {
    Status s = readings.chosen();
    List<Table> tables = new ArrayList<>();
    tables.add(StatusTables.obligations(s));
    if (releases(s)) {
      tables.add(StatusTables.ratios(s));
      if (!s.exchanges().isEmpty()) {
        tables.add(StatusTables.exchanges(s)); // where the status puts "Exchanges so far"
      }
      tables.add(StatusTables.tallies(readings));
      tables.add(StatusTables.held(s));
    }
    tables.add(StatusTables.disputes(s));
    tables.add(StatusTables.violations(s));
    return tables;
  }

  private static List<String> howToRead(Status s) {
    List<String> lines = new ArrayList<>(generalHowToRead(s));
    if (s.obligations().stream().anyMatch(o -> o.trigger().isPresent())) {
      lines.add(
          2,
          "A conditional release (\"within 3 days after hamas has released all"
              + " hostage.living.civilian\") is due on no day until the releases recorded complete"
              + " its trigger: until then it is waiting, with how far the trigger has come. From the"
              + " next day it is in progress, due on the last of its days, and overdue after it;"
              + " units released before the trigger completed count toward it.");
    }
    if (s.obligations().stream().anyMatch(o -> o.performed().stream().anyMatch(p -> p.partial()))) {
      lines.add(
          2,
          "A withdrawal or an undertaking done in part (\"partly done on day 84, remaining: five"
              + " positions\") is not done: it stays due, or overdue, until an entry records it"
              + " done in full.");
    }
    return lines;
  }

  private static List<String> generalHowToRead(Status s) {
    if (!releases(s)) {
      return List.of(
          daysLine(s),
          "The compliant schedule is what the text requires, day by day, when every party keeps"
              + " every obligation, with the extensions the parties agreed. An obligation due by a"
              + " day is fulfilled when what the ledger records of it does what it asks.",
          "Every figure rests on entries of the dossier's ledger, each with its source; a figure"
              + " that sources report differently is shown as each gives it, with both sources.");
    }
    return List.of(
        daysLine(s),
        "The compliant schedule is what the text requires, day by day, when every party keeps every"
            + " obligation, with the extensions the parties agreed. An obligation due by a day is"
            + " fulfilled when what counts toward it reaches what it asks; releases go to the"
            + " earliest obligation first.",
        "Counting: "
            + s.policy().word()
            + ": "
            + s.policy().meaning()
            + "; "
            + s.policy().other().word()
            + ": "
            + s.policy().other().meaning()
            + ". Both readings"
            + " are computed; the figures above are under the first.",
        sourcesLine());
  }

  private static String daysLine(Status s) {
    return "Days are days of the agreement: day 1 is the 24 hours from the moment it entered into"
        + " force, "
        + Lines.moment(s.clock().from().toLocalDate(), s.clock().from().toLocalTime())
        + ". An event reported with a date but no hour is taken to have happened by the end of"
        + " that date.";
  }

  private static String sourcesLine() {
    return "Every figure rests on entries of the dossier's ledger, each with its source; a figure"
        + " that sources report differently is shown under both readings, with both sources.";
  }
}
