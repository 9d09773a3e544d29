package org.truce.monitor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.ledger.Total;
import org.truce.model.Category;
import org.truce.monitor.Status.TotalLine;

/**
 * The totals sources give, each set beside the releases recorded one by one (as first reported): of
 * its party at or below its category, up to the end of its date, or on its {@code on} date alone
 * (docs/monitor.md, "Totals and disputed batches"). Nothing is split or changed to fit.
 */
final class Totals {
  private Totals() {}

  static List<TotalLine> of(Replay replay) {
    List<TotalLine> lines = new ArrayList<>();
    for (Entry e : replay.events) {
      if (!(e.body() instanceof Total t)) {
        continue;
      }
      Category category = new Category(t.category());
      LocalDate date = t.on().orElse(e.date());
      long recorded = 0;
      long unreported = 0;
      for (Entry r : replay.releases) {
        Event.Release release = (Event.Release) r.body();
        boolean when = t.on().isPresent() ? r.date().equals(date) : !r.date().isAfter(date);
        if (when
            && release.by().equals(t.by())
            && category.covers(new Category(release.category()))) {
          recorded += release.count();
          unreported += release.countReported() ? 0 : 1;
        }
      }
      lines.add(
          new TotalLine(
              date,
              replay.clock.dayOf(date),
              t.on().isPresent(),
              t.by(),
              t.category(),
              t.count(),
              recorded,
              t.count() - recorded,
              e.id(),
              Reports.source(e.provenance()),
              unreported));
    }
    return lines;
  }
}
