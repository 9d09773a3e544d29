package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.model.Counts;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.PhaseClause.Extension.Trigger;
import org.truce.monitor.Status.ExtensionLine;
import org.truce.timeline.Timeline;

/**
 * For each phase that may be extended: the days the parties agreed (extension events), and, for an
 * extension per releases, the days its rule earns from the releases counted in the phase beyond the
 * phase's own release obligations, within the cap.
 */
final class ExtensionCheck {
  private final Replay replay;

  ExtensionCheck(Replay replay) {
    this.replay = replay;
  }

  List<ExtensionLine> run() {
    List<ExtensionLine> lines = new ArrayList<>();
    for (Timeline.PhaseRun run : replay.timeline.phases()) {
      Phase phase = replay.phase(run.name());
      List<Entry> agreed = replay.extensionsOf.getOrDefault(run.name(), List.of());
      long agreedDays = agreed.stream().mapToLong(e -> ((Event.Extension) e.body()).days()).sum();
      for (PhaseClause clause : phase.clauses()) {
        if (clause instanceof PhaseClause.Extension x) {
          Optional<Long> additional = Optional.empty();
          Optional<Long> earned = Optional.empty();
          String rule;
          if (x.trigger() instanceof Trigger.PerReleases per) {
            long extra = Math.max(0, counted(run, per) - base(phase, per));
            long steps = extra / per.count();
            additional = Optional.of(extra);
            earned =
                Optional.of(
                    Math.min(
                        Counts.saturatedProduct(steps, x.stepDays()),
                        x.capDays().orElse(Long.MAX_VALUE)));
            rule =
                days(x.stepDays())
                    + " per "
                    + per.count()
                    + " additional "
                    + per.category()
                    + " released"
                    + per.by().map(b -> " by " + b).orElse("");
          } else {
            rule = days(x.stepDays()) + " at a time while its condition holds";
          }
          rule += x.capDays().map(cap -> ", at most " + days(cap) + " in all").orElse("");
          lines.add(
              new ExtensionLine(
                  run.name(),
                  run.lengthDays().orElse(0L),
                  agreedDays,
                  agreed.stream().map(Entry::id).toList(),
                  earned,
                  additional,
                  rule,
                  x.ref().cite()));
        }
      }
    }
    return lines;
  }

  /** Units counted in the phase that the rule counts. */
  private long counted(Timeline.PhaseRun run, Trigger.PerReleases per) {
    return replay.daily.sum(by(per), per.category(), run.startDay(), replay.lastDayOf(run));
  }

  /** What the phase's own release obligations ask of the same party in the same categories. */
  private static long base(Phase phase, Trigger.PerReleases per) {
    long base = 0;
    for (PhaseClause clause : phase.clauses()) {
      if (clause instanceof PhaseClause.Release r
          && by(per).test(r.party())
          && (per.category().covers(r.category()) || r.category().covers(per.category()))) {
        base += r.count().orElse(0L);
      }
    }
    return base;
  }

  private static Predicate<String> by(Trigger.PerReleases per) {
    return per.by().<Predicate<String>>map(b -> b::equals).orElse(p -> true);
  }

  static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }
}
