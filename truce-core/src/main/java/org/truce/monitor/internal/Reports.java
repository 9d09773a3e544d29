package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.ledger.Provenance;
import org.truce.monitor.Status.DisputeLine;
import org.truce.monitor.Status.ViolationLine;

/** What sources report beyond the figures of the events: disputes of figures, and violations. */
final class Reports {
  private Reports() {}

  /** Each figure a dispute gives, beside the figure of the entry it disputes. */
  static List<DisputeLine> disputes(Replay replay) {
    Map<String, Entry> byId = new HashMap<>(); // the disputed events
    for (Entry e : replay.events) {
      if (replay.disputesOf.containsKey(e.id())) {
        byId.put(e.id(), e);
      }
    }
    List<DisputeLine> lines = new ArrayList<>();
    for (Entry e : replay.events) {
      if (!(e.body() instanceof Event.Dispute d) || !byId.containsKey(d.disputes())) {
        continue;
      }
      Entry target = byId.get(d.disputes());
      Map<String, String> first = ((Event) target.body()).fields();
      Map<String, String> second = d.fields();
      for (String figure : List.of("count", "counted", "counted toward")) {
        if (second.containsKey(figure)) {
          String firstValue = first.getOrDefault(figure, defaultOf(target, figure));
          lines.add(
              new DisputeLine(
                  target.date(),
                  target.id(),
                  org.truce.ledger.EventText.of((Event) target.body()),
                  figure,
                  firstValue,
                  source(target.provenance()),
                  e.id(),
                  second.get(figure),
                  source(e.provenance())));
        }
      }
    }
    return lines;
  }

  /** What an event's figure is when its entry leaves it out. */
  private static String defaultOf(Entry target, String figure) {
    return switch (figure) {
      case "counted" ->
          target.body() instanceof Event.Release r ? r.counted().words() : "not given";
      case "counted toward" -> "its own day";
      default -> "not given";
    };
  }

  static List<ViolationLine> violations(Replay replay) {
    List<ViolationLine> lines = new ArrayList<>();
    for (Entry e : replay.events) {
      if (e.body() instanceof Event.Violation v) {
        lines.add(
            new ViolationLine(
                e.date(),
                replay.clock.dayOf(e),
                v.by(),
                v.against(),
                v.text(),
                e.id(),
                source(e.provenance()),
                v.clause().map(name -> cite(replay, name)).orElse("")));
      }
    }
    return lines;
  }

  /** The citation of the clause of the version in force named {@code name}. */
  static String cite(Replay replay, String name) {
    return DossierVersions.clauses(replay.agreement).stream()
        .filter(ref -> Replay.names(ref, name))
        .findFirst()
        .map(ref -> ref.cite())
        .orElse("clause " + name);
  }

  /** {@code AFP, attributed to Qatar and Hamas (anonymous)}. */
  static String source(Provenance p) {
    return p.source()
        + p.attributedTo().map(a -> ", attributed to " + a).orElse("")
        + (p.anonymous() ? " (anonymous)" : "");
  }
}
