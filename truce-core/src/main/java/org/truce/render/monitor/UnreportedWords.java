package org.truce.render.monitor;

import org.truce.monitor.ObligationLine;
import org.truce.monitor.Status;

/**
 * The words of the status for releases whose count was not reported and for what went beyond an
 * obligation (docs/monitor.md, "Releases whose count is not reported"; decision 0031): the figures
 * say what was counted, and beside them how many releases no figure holds.
 */
final class UnreportedWords {
  private UnreportedWords() {}

  /** "3 releases of unreported count", "1 release of unreported count". */
  static String releases(long n) {
    return n + (n == 1 ? " release" : " releases") + " of unreported count";
  }

  /**
   * What follows an obligation's standing: "; done in part: 4 releases, counts not reported;
   * whether it is met is not known", ", and 1057 more", ", and 2 more releases of unreported
   * count".
   */
  static String obligation(ObligationLine o) {
    StringBuilder out = new StringBuilder();
    if (o.beyond() > 0) {
      out.append(", and ").append(o.beyond()).append(" more");
    }
    if (o.unreportedBeyond() > 0) {
      out.append(", and ").append(o.unreportedBeyond()).append(" more ");
      out.append(o.unreportedBeyond() == 1 ? "release" : "releases").append(" of unreported count");
    }
    if (o.unreported() > 0) {
      out.append("; done in part: ")
          .append(o.unreported())
          .append(
              o.unreported() == 1
                  ? " release, count not reported"
                  : " releases, counts not reported")
          .append("; whether it is met is not known");
    }
    return out.toString();
  }

  /**
   * What is still held of a line, when its figure is not known: releases of unreported count, or
   * releases beyond a figure the text qualifies ("at least 6000"). Empty when the figure is known.
   */
  static java.util.Optional<String> stillHeld(Status.HeldLine h) {
    if (h.unreported() > 0 && h.bound().isEmpty()) {
      return java.util.Optional.of("at most " + h.stillHeld() + " still held of ");
    }
    if (h.stillHeldNotKnown()) {
      return java.util.Optional.of("still held not known, of ");
    }
    return java.util.Optional.empty();
  }

  /** "120 and 3 releases of unreported count", "3 releases of unreported count", "120". */
  static String figure(long known, long unreported) {
    return known == 0 && unreported > 0 ? releases(unreported) : known + and(unreported);
  }

  /** " and 3 releases of unreported count", or nothing. */
  static String and(long unreported) {
    return unreported > 0 ? " and " + releases(unreported) : "";
  }

  /** A total set beside releases of which some have no count reported. */
  static String total(Status.TotalLine t, String cited) {
    String counted =
        cited + ": " + t.recorded() + " counted one by one and " + releases(t.unreported());
    if (t.contradicts()) {
      return counted
          + ", which the total leaves too few for (each is of at least one): "
          + (t.unreported() - t.difference())
          + " fewer by the total";
    }
    return counted + ", which hold the other " + t.difference() + " between them by the total";
  }
}
