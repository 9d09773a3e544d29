package org.truce.check.internal.system;

import static org.truce.check.internal.system.Valuation.ACTIVE;
import static org.truce.check.internal.system.Valuation.ENDED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.model.Schedule;

/**
 * Conditional releases in step 2 of a day (docs/semantics.md, "Conditional releases"): an armed
 * release counts one more day of its period; one not yet armed, of a phase in force or ended, is
 * armed when its trigger held at the end of the day before, today being day 1 of its period.
 */
final class Armings {
  private final ReleaseInfo[] releases;
  private final PhaseInfo[] phases;
  private final Schedule.After[] schedules;
  private final CompiledConditions.Test[] triggers;

  Armings(TransitionSystem ts) {
    List<ReleaseInfo> found = new ArrayList<>();
    List<PhaseInfo> of = new ArrayList<>();
    for (PhaseInfo p : ts.phases) {
      for (ReleaseInfo r : p.releases()) {
        if (r.conditional()) {
          found.add(r);
          of.add(p);
        }
      }
    }
    releases = found.toArray(ReleaseInfo[]::new);
    phases = of.toArray(PhaseInfo[]::new);
    schedules = new Schedule.After[releases.length];
    triggers = new CompiledConditions.Test[releases.length];
    for (int i = 0; i < releases.length; i++) {
      schedules[i] = (Schedule.After) releases[i].clause().schedule().orElseThrow();
      triggers[i] = ts.conditions.test(schedules[i].trigger());
    }
  }

  /** Moves every conditional release into today {@code v}, reading triggers over {@code pre}. */
  void move(long[] pre, long[] v, StepLog log) {
    for (int i = 0; i < releases.length; i++) {
      ReleaseInfo r = releases[i];
      long day = v[r.since()];
      if (day >= 1) {
        if (day <= r.day()) {
          v[r.since()] = day + 1; // N + 1: its period is over
        }
        continue;
      }
      long status = v[phases[i].status()];
      if ((status == ACTIVE || status == ENDED) && triggers[i].test(pre)) {
        v[r.since()] = 1;
        if (log.recording()) {
          Schedule.After after = schedules[i];
          log.event(
              "armed",
              phases[i].name(),
              r.party()
                  + " owes "
                  + r.count().map(String::valueOf).orElse("all remaining")
                  + " "
                  + r.category()
                  + " within "
                  + after.withinDays()
                  + (after.withinDays() == 1 ? " day" : " days")
                  + ": "
                  + after.triggerText(),
              r.clause().ref(),
              r.clause(),
              Map.of("party", r.party(), "category", r.category().path()));
        }
      }
    }
  }
}
