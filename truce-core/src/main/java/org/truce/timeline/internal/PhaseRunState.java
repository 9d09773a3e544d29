package org.truce.timeline.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.timeline.Timeline.PhaseEnd;

/** The mutable progress of one phase during a simulation. Day fields are 0 until known. */
final class PhaseRunState {
  final Phase phase;
  final int index;
  long start;
  long end;

  /** The last day as planned so far (length plus extensions taken); 0 for an indefinite phase. */
  long plannedEnd;

  long extensionTaken;
  long extensionLeft;
  PhaseEnd endKind = PhaseEnd.OPEN;

  /** Units each release clause has been due so far, keyed by clause identity. */
  final Map<PhaseClause.Release, Long> dueSoFar = new IdentityHashMap<>();

  /** Amount each delivery clause has delivered so far, keyed by clause identity. */
  final Map<PhaseClause.Delivery, Long> deliveredSoFar = new IdentityHashMap<>();

  /**
   * The day of the agreement each conditional release was armed (day 1 of its period), keyed by
   * clause identity; absent until its trigger has completed.
   */
  final Map<PhaseClause.Release, Long> armedOn = new IdentityHashMap<>();

  /** First days of the extension steps taken, with the clause that allowed each. */
  final List<Step> steps = new ArrayList<>();

  PhaseRunState(Phase phase, int index, long extensionRequested) {
    this.phase = phase;
    this.index = index;
    this.extensionLeft = extensionRequested;
  }

  String name() {
    return phase.name();
  }

  boolean started() {
    return start > 0;
  }

  boolean ended() {
    return end > 0;
  }

  boolean activeOn(long day) {
    return started() && start <= day && (!ended() || day <= end);
  }

  boolean indefinite() {
    return phase.durationDays().isEmpty();
  }

  long phaseDay(long day) {
    return day - start + 1;
  }

  /** The last day of the phase before extensions, as a day of the phase (0 when indefinite). */
  long lengthDays() {
    return phase.durationDays().orElse(0L);
  }

  void begin(long day) {
    start = day;
    plannedEnd = indefinite() ? 0 : day + lengthDays() - 1;
  }

  record Step(long firstDay, PhaseClause.Extension clause) {}
}
