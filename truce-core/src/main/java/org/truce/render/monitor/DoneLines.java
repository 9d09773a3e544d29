package org.truce.render.monitor;

import org.truce.monitor.DayClock;
import org.truce.monitor.ObligationLine;
import org.truce.monitor.Status;
import org.truce.render.timeline.internal.Words;

/**
 * The words of a withdrawal or an undertaking with a deadline that entries did, in full or in part
 * (docs/monitor.md, "Deadlines, done and done in part").
 */
final class DoneLines {
  private DoneLines() {}

  /**
   * What the partial entries of a withdrawal or an undertaking did, each in turn: "partly done on
   * day 84 (ends ...) by entry border-villages, remaining: five positions; " (docs/monitor.md,
   * "Deadlines, done and done in part").
   */
  static String partly(DayClock days, ObligationLine o) {
    StringBuilder text = new StringBuilder();
    for (Status.Performed p : o.performed()) {
      p.remaining()
          .ifPresent(
              r ->
                  text.append("partly done on ")
                      .append(Lines.day(days, p.day()))
                      .append(" by entry ")
                      .append(p.entry())
                      .append(", remaining: ")
                      .append(r)
                      .append("; "));
    }
    return text.toString();
  }

  /** "fulfilled on day 63 (ends ...) by entry x, 3 days late": the entry that did it in full. */
  static String fulfilledBy(DayClock days, ObligationLine o) {
    Status.Performed done = o.performed().getLast();
    return "fulfilled on "
        + Lines.day(days, done.day())
        + " by entry "
        + done.entry()
        + (o.daysLate() > 0 ? ", " + Words.days(o.daysLate()) + " late" : "");
  }
}
