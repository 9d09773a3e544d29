package org.truce.monitor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.monitor.Status.DeliveredLine;
import org.truce.monitor.Status.HeldLine;
import org.truce.vocabulary.Bound;

/**
 * Still held and delivered in all (docs/monitor.md): every release of a holder, as first reported
 * and whatever its counting, taken from the most specific line of its holdings that covers its
 * category, else from a line of unknown status whose category or statuses cover it; a release above
 * several lines is counted in the holder's total only.
 */
final class Held {
  private Held() {}

  /** What one line has given so far: living, remains, not yet revealed. */
  private static final class Given {
    long living;
    long remains;
    long unrevealed;
    long unreported;

    long total() {
      return living + remains + unrevealed;
    }
  }

  /** The lines of holdings and the holders' totals at the moment of {@code replay}. */
  record Lines(List<HeldLine> held, List<DeliveredLine> delivered) {}

  static Lines of(Replay replay) {
    List<Holdings> holdings = replay.agreement.holdings();
    Map<Holdings.Entry, Given> given = new java.util.IdentityHashMap<>(); // lines may be equal
    Map<String, Given> byHolder = new LinkedHashMap<>();
    Map<String, Long> notFromOneLine = new LinkedHashMap<>();
    for (Holdings h : holdings) {
      byHolder.putIfAbsent(h.holder(), new Given());
      h.entries().forEach(line -> given.put(line, new Given()));
    }
    for (Entry e : replay.releases) {
      Event.Release r = (Event.Release) e.body();
      Category category = new Category(r.category());
      Optional<Holdings.Entry> line = lineOf(holdings, r.by(), category);
      Given holder = byHolder.computeIfAbsent(r.by(), k -> new Given());
      boolean unrevealed =
          line.filter(l -> l.unknownStatus() && l.category().equals(category)).isPresent();
      add(holder, r, unrevealed);
      line.ifPresentOrElse(
          l -> add(given.get(l), r, unrevealed),
          () -> notFromOneLine.merge(r.by(), r.count(), Long::sum));
      if (!r.countReported()) {
        holder.unreported++;
        line.ifPresent(l -> given.get(l).unreported++);
      }
    }
    List<HeldLine> held = new ArrayList<>();
    for (Holdings h : holdings) {
      for (Holdings.Entry line : h.entries()) {
        Given g = given.get(line);
        long released = g.total();
        held.add(
            new HeldLine(
                h.holder(),
                line.category().path(),
                line.unknownStatus(),
                line.count(),
                line.bound() == Bound.EXACTLY
                    ? Optional.empty()
                    : Optional.of(line.bound().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
                released,
                g.living,
                g.remains,
                g.unrevealed,
                Math.max(0, line.count() - released - g.unreported),
                Math.max(0, released - line.count()),
                h.ref().cite(),
                g.unreported));
      }
    }
    List<DeliveredLine> delivered = new ArrayList<>();
    byHolder.forEach(
        (holder, g) ->
            delivered.add(
                new DeliveredLine(
                    holder,
                    g.living,
                    g.remains,
                    g.unrevealed,
                    g.total(),
                    notFromOneLine.getOrDefault(holder, 0L),
                    g.unreported)));
    return new Lines(held, delivered);
  }

  private static void add(Given g, Event.Release r, boolean unrevealed) {
    if (unrevealed) {
      g.unrevealed += r.count();
    } else if (r.kind() == EntryKind.REMAINS || r.category().matches("(.*\\.)?remains(\\..*)?")) {
      g.remains += r.count();
    } else {
      g.living += r.count();
    }
  }

  /**
   * The line of {@code holder} a release of {@code category} is taken from: the most specific line
   * at or above it, else a line of unknown status of it or whose statuses cover it.
   */
  static Optional<Holdings.Entry> lineOf(
      List<Holdings> holdings, String holder, Category category) {
    Holdings.Entry best = null;
    Holdings.Entry unknown = null;
    for (Holdings h : holdings) {
      if (!h.holder().equals(holder)) {
        continue;
      }
      for (Holdings.Entry line : h.entries()) {
        if (line.unknownStatus()) {
          boolean fits =
              line.category().equals(category)
                  || line.either().stream().anyMatch(status -> status.covers(category));
          if (fits && unknown == null) {
            unknown = line;
          }
        } else if (line.category().covers(category)
            && (best == null
                || line.category().segments().size() > best.category().segments().size())) {
          best = line;
        }
      }
    }
    return Optional.ofNullable(best != null ? best : unknown);
  }
}
