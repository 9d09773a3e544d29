package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.truce.ledger.Entry;
import org.truce.ledger.NotMonitored;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.Status.DeviationLine;
import org.truce.monitor.Status.NotMonitoredLine;
import org.truce.monitor.Status.ObligationState;

/**
 * What is monitored (docs/monitor.md): the clauses a {@code not-monitored} entry marks, whose
 * obligations are listed as not monitored and whose deviations do not count; and the daily findings
 * of one obligation, collapsed into one line per run of days.
 */
final class Monitored {
  private Monitored() {}

  /** The clauses not monitored at the moment of {@code replay}, the first entry of each. */
  static List<NotMonitoredLine> of(Replay replay) {
    Map<String, NotMonitoredLine> lines = new LinkedHashMap<>();
    for (Entry e : replay.events) {
      if (e.body() instanceof NotMonitored n) {
        String cite = Reports.cite(replay, n.clauseName());
        lines.putIfAbsent(
            cite,
            new NotMonitoredLine(
                cite, n.reason(), e.date(), e.id(), Reports.source(e.provenance())));
      }
    }
    return List.copyOf(lines.values());
  }

  static Set<String> clauses(List<NotMonitoredLine> lines) {
    return lines.stream().map(NotMonitoredLine::clause).collect(Collectors.toSet());
  }

  /** The obligations, those of a clause not monitored marked so. */
  static List<ObligationLine> mark(List<ObligationLine> obligations, Set<String> clauses) {
    if (clauses.isEmpty()) {
      return obligations;
    }
    return obligations.stream()
        .map(
            o ->
                clauses.contains(o.clause())
                    ? new ObligationLine(
                        ObligationState.NOT_MONITORED,
                        o.party(),
                        o.what(),
                        o.category(),
                        o.dueDay(),
                        o.dueDate(),
                        o.required(),
                        o.done(),
                        0,
                        o.clause(),
                        o.trigger(),
                        o.batch(),
                        o.performed(),
                        o.unreported(),
                        o.beyond(),
                        o.unreportedBeyond())
                    : o)
        .toList();
  }

  /**
   * The overdue obligations that fall due on days that follow one another, of one party, one
   * obligation and one clause: each run of two days or more is one deviation. {@code rest} gets the
   * obligations of no such run, to be judged one by one.
   */
  static List<DeviationLine> runs(List<ObligationLine> obligations, List<ObligationLine> rest) {
    record Key(String party, String what, String clause) {}
    Map<Key, List<ObligationLine>> overdue = new LinkedHashMap<>();
    for (ObligationLine o : obligations) {
      if (o.state() == ObligationState.OVERDUE && o.trigger().isEmpty()) {
        overdue.computeIfAbsent(new Key(o.party(), o.what(), o.clause()), k -> new ArrayList<>());
        overdue.get(new Key(o.party(), o.what(), o.clause())).add(o);
      }
    }
    List<DeviationLine> lines = new ArrayList<>();
    java.util.Set<ObligationLine> inRuns =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<ObligationLine> same : overdue.values()) {
      List<ObligationLine> sorted = new ArrayList<>(same);
      sorted.sort(java.util.Comparator.comparingLong(ObligationLine::dueDay));
      int start = 0;
      for (int i = 1; i <= sorted.size(); i++) {
        if (i == sorted.size() || sorted.get(i).dueDay() != sorted.get(i - 1).dueDay() + 1) {
          if (i - start >= 2) {
            List<ObligationLine> run = sorted.subList(start, i);
            inRuns.addAll(run);
            lines.add(line(run));
          }
          start = i;
        }
      }
    }
    for (ObligationLine o : obligations) {
      if (!inRuns.contains(o)) {
        rest.add(o);
      }
    }
    return lines;
  }

  private static DeviationLine line(List<ObligationLine> run) {
    ObligationLine first = run.getFirst();
    ObligationLine last = run.getLast();
    boolean none = run.stream().allMatch(o -> o.done() == 0);
    String text =
        first.party()
            + " "
            + first.what()
            + " due daily: "
            + (none ? "none recorded, overdue" : "overdue")
            + " on each of these "
            + run.size()
            + " days"
            + (none
                ? ""
                : " (on day "
                    + last.dueDay()
                    + ": "
                    + last.done()
                    + " of "
                    + last.required()
                    + " done)");
    return new DeviationLine(
        first.dueDay(), text, List.of(), first.clause(), Optional.of(last.dueDay()));
  }
}
