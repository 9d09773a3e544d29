package org.truce.render.monitor;

import static org.truce.table.Table.column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.truce.monitor.Monitor.Readings;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status;
import org.truce.render.timeline.internal.Words;
import org.truce.table.Table;

/** The parts of a status as tables, for {@code truce tally} and the report. */
public final class StatusTables {
  private StatusTables() {}

  /**
   * Releases per party and category: as first reported, counted in the deal under each counting
   * policy, and as the disputed reports give them.
   */
  public static Table tallies(Readings readings) {
    Status s = readings.chosen();
    Status o = readings.other();
    Map<String, Long> otherCounted = new HashMap<>();
    o.tallies().forEach(t -> otherCounted.put(key(t), t.counted()));
    List<List<String>> rows = new ArrayList<>();
    for (Status.TallyLine t : s.tallies()) {
      rows.add(
          List.of(
              t.party(),
              t.kind(),
              t.category(),
              UnreportedWords.figure(t.released(), t.unreported()),
              String.valueOf(t.counted()),
              String.valueOf(otherCounted.getOrDefault(key(t), 0L)),
              t.disputed().map(String::valueOf).orElse("")));
    }
    return new Table(
        "Tallies at "
            + Lines.moment(s.at().toLocalDate(), s.at().toLocalTime())
            + ", day "
            + s.day(),
        List.of(
            column("party", "party"),
            column("kind", "kind"),
            column("category", "category"),
            column("released", "released"),
            column("counted", "counted (" + s.policy().word() + ")"),
            column("countedOther", "counted (" + o.policy().word() + ")"),
            column("disputed", "by the disputed reports")),
        rows,
        List.of(
            "released: every release as first reported. counted: the releases that count toward"
                + " the deal; "
                + s.policy().word()
                + ": "
                + s.policy().meaning()
                + "; "
                + o.policy().word()
                + ": "
                + o.policy().meaning()
                + ".",
            "by the disputed reports: the total when the count of every disputed release is taken"
                + " from the report that disputes it; see the disputed figures."));
  }

  /**
   * Per holder and line of its holdings: held at signing, released (living, remains, of unknown
   * status not yet revealed), still held; then each holder's delivered in all (docs/monitor.md).
   */
  public static Table held(Status s) {
    List<List<String>> rows = new ArrayList<>();
    for (Status.HeldLine h : s.held()) {
      rows.add(
          List.of(
              h.holder(),
              h.category() + (h.unknownStatus() ? " (status unknown)" : ""),
              h.bound().map(b -> b + " ").orElse("") + h.atSigning(),
              UnreportedWords.figure(h.released(), h.unreported()),
              String.valueOf(h.living()),
              String.valueOf(h.remains()),
              String.valueOf(h.unrevealed()),
              UnreportedWords.stillHeld(h)
                      .map(w -> w.startsWith("at most") ? "at most " + h.stillHeld() : "not known")
                      .orElse(h.bound().map(b -> b + " ").orElse("") + h.stillHeld())
                  + (h.excess() > 0 ? " (" + h.excess() + " released beyond)" : ""),
              h.clause()));
    }
    for (Status.DeliveredLine d : s.delivered()) {
      rows.add(
          List.of(
              d.holder(),
              "delivered in all",
              "",
              UnreportedWords.figure(d.total(), d.unreported()),
              String.valueOf(d.living()),
              String.valueOf(d.remains()),
              String.valueOf(d.unrevealed()),
              "",
              ""));
    }
    return new Table(
        "Still held at "
            + Lines.moment(s.at().toLocalDate(), s.at().toLocalTime())
            + ", day "
            + s.day(),
        List.of(
            column("holder", "holder"),
            column("category", "category"),
            column("atSigning", "at signing"),
            column("released", "released"),
            column("living", "living"),
            column("remains", "remains"),
            column("unrevealed", "unrevealed"),
            column("stillHeld", "still held"),
            column("clause", "clause")),
        rows,
        List.of(
            "Every release as first reported, counted in the deal or not, under either reading:"
                + " released units are no longer held. A release is taken from the most specific"
                + " line of its holder that covers its category.",
            "unrevealed: released from a line whose status was unknown at signing, the status not"
                + " yet recorded. A count the text qualifies (about, at least) qualifies what is"
                + " still held.",
            "delivered in all: what each holder has released, whatever the line; released under"
                + " a category above several lines, a release is counted here only."));
  }

  private static String key(Status.TallyLine t) {
    return t.party() + "\n" + t.kind() + "\n" + t.category();
  }

  public static Table obligations(Status s) {
    List<List<String>> rows = new ArrayList<>();
    for (ObligationLine o : s.obligations()) {
      rows.add(
          List.of(
              Lines.state(o),
              o.party(),
              Lines.what(o)
                  + (o.state() == Status.ObligationState.WAITING
                      ? o.trigger().map(t -> " (trigger: " + Lines.progress(t) + ")").orElse("")
                      : ""),
              Lines.due(s.clock(), o),
              o.state() == Status.ObligationState.IN_FORCE
                  ? ""
                  : o.done()
                      + " of "
                      + o.required()
                      + o.performed().stream()
                          .filter(Status.Performed::partial)
                          .map(
                              p ->
                                  " (partly done on day "
                                      + p.day()
                                      + ", remaining: "
                                      + p.remaining().orElseThrow()
                                      + ")")
                          .collect(java.util.stream.Collectors.joining())
                      + UnreportedWords.obligation(o),
              o.daysLate() > 0 ? Words.days(o.daysLate()) : "",
              o.clause()));
    }
    return new Table(
        "Obligations (" + s.policy().word() + " reading)",
        List.of(
            column("state", "state"),
            column("party", "party"),
            column("obligation", "obligation"),
            column("due", "due by the end of"),
            column("done", "done"),
            column("late", "late"),
            column("clause", "clause")),
        rows,
        List.of());
  }

  public static Table ratios(Status s) {
    List<List<String>> rows = new ArrayList<>();
    for (RatioLine r : s.ratios()) {
      rows.add(
          List.of(
              Lines.day(s.clock(), r.day()),
              r.units() + " " + r.unitCategory(),
              (r.pendingStatus() > 0 ? r.due() + " to " + r.mostDue() : String.valueOf(r.due()))
                  + " "
                  + r.category(),
              String.valueOf(r.released()),
              r.verdict().name().toLowerCase(java.util.Locale.ROOT),
              r.clause()));
    }
    return new Table(
        "Batches against their ratio (" + s.policy().word() + " reading)",
        List.of(
            column("day", "day"),
            column("counted", "counted"),
            column("due", "called for"),
            column("released", "released"),
            column("verdict", "verdict"),
            column("clause", "clause")),
        rows,
        List.of());
  }

  /**
   * Per pool of exchange ratios, as the status's "Exchanges so far": what the paying party released
   * so far against what the units counted so far call for (docs/monitor.md, "Ratios").
   */
  public static Table exchanges(Status s) {
    List<List<String>> rows = new ArrayList<>();
    for (Status.ExchangeLine x : s.exchanges()) {
      rows.add(
          List.of(
              x.party(),
              x.released() + " " + x.category(),
              String.join(" and ", x.counted()),
              String.valueOf(x.due()),
              Lines.verdict(x),
              x.clause()));
    }
    return new Table(
        "Exchanges so far (" + s.policy().word() + " reading)",
        List.of(
            column("party", "party"),
            column("released", "released so far"),
            column("counted", "for the units counted"),
            column("due", "which call for"),
            column("verdict", "verdict"),
            column("clause", "clause")),
        rows,
        List.of(
            "Per pool of exchange ratios: what the paying party has released so far toward the"
                + " pool, against what the units counted so far call for."));
  }

  public static Table disputes(Status s) {
    List<List<String>> rows = new ArrayList<>();
    for (Status.DisputeLine d : s.disputes()) {
      rows.add(
          List.of(
              d.date().toString(),
              d.event() + " (entry " + d.entry() + ")",
              d.figure(),
              d.first() + " (" + d.firstSource() + ")",
              d.second() + " (" + d.secondSource() + "; entry " + d.dispute() + ")"));
    }
    for (Status.TotalLine t : s.totals()) {
      if (t.contradicts()) {
        rows.add(
            List.of(
                t.date().toString(),
                t.party() + " released " + t.category() + (t.oneDay() ? " on the day" : " in all"),
                "total",
                t.total() + " (" + t.source() + "; entry " + t.entry() + ")",
                t.recorded() + " (the releases recorded one by one)"));
      }
    }
    return new Table(
        "Disputed figures",
        List.of(
            column("date", "date"),
            column("event", "event"),
            column("figure", "figure"),
            column("first", "first report"),
            column("second", "second report")),
        rows,
        List.of("Both readings are kept; truce does not choose between sources."));
  }

  public static Table violations(Status s) {
    List<List<String>> rows = new ArrayList<>();
    for (Status.ViolationLine v : s.violations()) {
      rows.add(
          List.of(
              v.date() + " (day " + v.day() + ")",
              v.by(),
              v.against(),
              v.text(),
              v.source() + "; entry " + v.entry(),
              v.clause()));
    }
    return new Table(
        "Violations alleged",
        List.of(
            column("date", "date"),
            column("by", "alleged by"),
            column("against", "against"),
            column("what", "what"),
            column("source", "source"),
            column("clause", "clause")),
        rows,
        List.of("An allegation is recorded as made; it is not a finding."));
  }
}
