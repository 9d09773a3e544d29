package org.truce.render.monitor;

import static org.truce.render.monitor.Lines.cite;

import org.truce.monitor.Status;
import org.truce.monitor.SuspensionLine;

/** What the parties did or alleged, in words: suspensions, terminations and violations alleged. */
final class PartyActs {
  private PartyActs() {}

  /**
   * {@code day 10 (2020-01-15): north suspended its obligations of clause 1.7, taken up again on
   * day 11 (entry go): under clause 4: ... (entry hold)}.
   */
  static String suspension(SuspensionLine x) {
    return "day "
        + x.day()
        + " ("
        + x.date()
        + "): "
        + x.by()
        + (x.terminated()
            ? " terminated the agreement"
            : " suspended its obligations" + (x.of().isEmpty() ? "" : " of " + x.of()))
        + x.endDay()
            .map(d -> ", taken up again on day " + d + " (entry " + x.endEntry().orElse("") + ")")
            .orElse(x.terminated() ? "" : ", not taken up again")
        + ": "
        + x.right()
        + " (entry "
        + x.entry()
        + ")";
  }

  static String violation(Status.ViolationLine v) {
    return v.date()
        + " (day "
        + v.day()
        + "): "
        + v.by()
        + " alleges a violation by "
        + v.against()
        + ": "
        + v.text()
        + " ("
        + v.source()
        + "; entry "
        + v.entry()
        + ")"
        + cite(v.clause());
  }
}
