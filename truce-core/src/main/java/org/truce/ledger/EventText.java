package org.truce.ledger;

import java.util.List;
import java.util.Optional;

/** One line of plain language for an event, as chronologies and status reports show it. */
public final class EventText {
  private EventText() {}

  public static String of(Event event) {
    return switch (event) {
      case Event.InForce f -> "version " + f.version() + " enters into force" + at(f);
      case Event.Release r ->
          r.by()
              + (r.kind() == EntryKind.REMAINS ? " returns the remains of " : " releases ")
              + r.count()
              + " "
              + r.category()
              + (r.counted() == Event.Counted.OUTSIDE_DEAL ? ", outside the deal" : "")
              + r.countedToward().map(d -> ", counted toward the quota of " + d).orElse("")
              + r.via().map(v -> ", via " + v).orElse("")
              + at(r)
              + (r.names().isEmpty() ? "" : " (" + String.join(", ", r.names()) + ")");
      case Event.Handover h ->
          h.by()
              + " hands over"
              + h.count().map(c -> " " + c).orElse("")
              + h.to().map(t -> " to " + t).orElse("")
              + " via "
              + h.via()
              + at(h)
              + text(h.text());
      case Event.Extension x ->
          "extension of "
              + x.days()
              + (x.days() == 1 ? " day" : " days")
              + " agreed"
              + by(x.by())
              + at(x)
              + text(x.text());
      case Event.Hostilities h ->
          "hostilities "
              + (h.kind() == EntryKind.PAUSED ? "paused" : "resumed")
              + by(h.by())
              + at(h)
              + text(h.text());
      case Suspension s ->
          s.by()
              + (s.kind() == EntryKind.SUSPENDED
                  ? " suspends its obligations"
                  : " takes up its obligations again")
              + s.clause().map(c -> " of clause " + c).orElse("")
              + at(s)
              + text(s.text());
      case Termination t -> t.by() + " terminates the agreement" + at(t) + text(t.text());
      case Event.Aid a ->
          a.count()
              + " "
              + a.what()
              + " delivered"
              + a.from().map(f -> " from " + f).orElse("")
              + a.by().map(b -> " by " + b).orElse("")
              + at(a)
              + text(a.text());
      case Event.Withdrawal w ->
          w.by()
              + " withdraws: "
              + w.area()
              + w.remaining().map(r -> " (in part; remaining: " + r + ")").orElse("")
              + at(w)
              + text(w.text());
      case Done d ->
          d.by()
              + " has done clause "
              + d.clauseName()
              + d.remaining().map(r -> " in part (remaining: " + r + ")").orElse("")
              + at(d)
              + text(d.text());
      case Event.Violation v ->
          v.by() + " alleges a violation by " + v.against() + at(v) + ": " + v.text();
      case Event.Dispute d ->
          "entry "
              + d.disputes()
              + " disputed:"
              + d.count().map(c -> " count " + c).orElse("")
              + d.counted().map(c -> " counted " + c.words()).orElse("")
              + d.countedToward().map(t -> " counted toward " + t).orElse("")
              + text(d.text());
      case Event.Talks t ->
          "talks on "
              + t.on()
              + " "
              + t.state().words()
              + t.judgedBy().map(j -> ", as judged by " + j).orElse("")
              + at(t)
              + text(t.text());
      case NotMonitored n -> "clause " + n.clauseName() + " not monitored: " + n.reason();
      case Total t ->
          t.by()
              + " released "
              + t.count()
              + " "
              + t.category()
              + t.on().map(d -> " on " + d).orElse(" in all")
              + text(t.text());
    };
  }

  private static String at(Event event) {
    return event.at().map(t -> " at " + t).orElse("");
  }

  private static String by(List<String> by) {
    return by.isEmpty() ? "" : " by " + String.join(", ", by);
  }

  private static String text(Optional<String> text) {
    return text.map(t -> ": " + t).orElse("");
  }
}
