package org.truce.render.monitor;

import org.truce.monitor.Status;

/**
 * The lines of what is still held and delivered, of the clauses not monitored and of the totals
 * reported (docs/monitor.md): one sentence each, in the words of the status's other lines.
 */
final class HoldingLines {
  private HoldingLines() {}

  /**
   * "hamas hostage.living.civilian: 12 still held of about 33 at signing; 21 released (19 living, 2
   * remains)".
   */
  static String held(Status.HeldLine h) {
    return h.holder()
        + " "
        + h.category()
        + (h.unknownStatus() ? " (status unknown at signing)" : "")
        + ": "
        + UnreportedWords.stillHeld(h)
            .orElse(h.bound().map(b -> b + " ").orElse("") + h.stillHeld() + " still held of ")
        + h.bound().map(b -> b + " ").orElse("")
        + h.atSigning()
        + " at signing; "
        + (h.released() == 0 && h.unreported() > 0 ? "" : h.released() + " released")
        + (h.released() == 0
            ? ""
            : " (" + states(h.living(), h.remains(), h.unrevealed(), "nothing") + ")")
        + (h.released() == 0 && h.unreported() > 0
            ? UnreportedWords.releases(h.unreported())
            : UnreportedWords.and(h.unreported()))
        + (h.excess() > 0 ? ", " + beyond(h) : "")
        + Lines.cite(h.clause());
  }

  /**
   * Releases beyond the line's figure: more than it held when the text gives the figure exactly;
   * where the text gives a floor or an estimate, only beyond the text's figure, which the line may
   * well have held.
   */
  private static String beyond(Status.HeldLine h) {
    return h.bound()
        .map(b -> h.excess() + " beyond the " + b + " " + h.atSigning() + " the text gives")
        .orElse(h.excess() + " more than the line held");
  }

  /** "hamas delivered in all: 18 living and 6 remains". */
  static String delivered(Status.DeliveredLine d) {
    return d.holder()
        + " delivered in all: "
        + (d.total() == 0 && d.unreported() > 0
            ? UnreportedWords.releases(d.unreported())
            : states(d.living(), d.remains(), d.unrevealed(), "none yet")
                + UnreportedWords.and(d.unreported()))
        + (d.notFromOneLine() > 0
            ? " (of which "
                + d.notFromOneLine()
                + " released under a category above several lines of its holdings)"
            : "");
  }

  /** "18 living and 6 remains", "2 of unknown status, not yet revealed". */
  private static String states(long living, long remains, long unrevealed, String none) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (living > 0) {
      parts.add(living + " living");
    }
    if (remains > 0) {
      parts.add(remains + " remains");
    }
    if (unrevealed > 0) {
      parts.add(unrevealed + " of unknown status, not yet revealed");
    }
    if (parts.isEmpty()) {
      return none;
    }
    return parts.size() == 1
        ? parts.getFirst()
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
  }

  /** "clause 1.5: not monitored since 2023-11-24: no source ... (monitoring cell; entry x)". */
  static String notMonitored(Status.NotMonitoredLine n) {
    return n.clause()
        + ": not monitored since "
        + n.since()
        + ": "
        + n.reason()
        + " ("
        + n.source()
        + "; entry "
        + n.entry()
        + ")";
  }

  /** What a total says and what the releases recorded one by one give. */
  static String total(Status.TotalLine t) {
    String said =
        t.party()
            + " released "
            + t.total()
            + " "
            + t.category()
            + (t.oneDay() ? " on " : " in all as of ")
            + t.date()
            + " (day "
            + t.day()
            + ")";
    String cited = said + " (" + t.source() + "; entry " + t.entry() + ")";
    if (t.unreported() > 0) {
      return UnreportedWords.total(t, cited);
    }
    if (t.difference() == 0) {
      return cited + ", the same as the releases recorded one by one";
    }
    return cited
        + ", or "
        + t.recorded()
        + " by the releases recorded one by one: "
        + Math.abs(t.difference())
        + (t.difference() > 0 ? " more" : " fewer")
        + " by the total";
  }
}
