package org.truce.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.render.Phrase;
import org.truce.render.Phrases;

/**
 * The table of a release in batches: phase day, units released, cumulative total and, for each
 * exchange in the same phase that the release triggers, what the other side releases in return.
 * Long schedules show their first and last rows around an ellipsis row; rows are computed by index,
 * so a schedule of a million batches costs no more than one of ten.
 */
final class BatchTable {
  /** Schedules with more batches than this are shortened. */
  static final int MAX_ROWS = 30;

  static final int HEAD_ROWS = 12;
  static final int TAIL_ROWS = 3;

  private BatchTable() {}

  /** The table and notes for {@code release}, if it is a counted release in batches. */
  static List<Doc.Block> of(PhaseClause.Release release, Phase phase) {
    if (release.count().isEmpty()
        || !(release.schedule().orElse(null) instanceof Schedule.Batches batches)
        || batches.size() <= 0
        || batches.everyDays() <= 0) {
      return List.of();
    }
    long total = release.count().get();
    long count = (total + batches.size() - 1) / batches.size();
    List<PhaseClause.Exchange> exchanges = triggered(release, phase);

    List<String> headers =
        new ArrayList<>(List.of("Day of phase", release.category() + " released", "Total"));
    for (PhaseClause.Exchange e : exchanges) {
      headers.add(
          e.category()
              + " released by "
              + e.party()
              + (e.withinDays() == 0 ? "" : " (within " + Phrases.days(e.withinDays()) + ")"));
      headers.add("Total");
    }
    List<List<Phrase>> rows = new ArrayList<>();
    boolean shorten = count > MAX_ROWS;
    for (long i = 0; i < count; i++) {
      if (shorten && i == HEAD_ROWS) {
        rows.add(headers.stream().map(h -> Phrase.words("...")).toList());
        i = count - TAIL_ROWS;
      }
      rows.add(row(i, batches, total, exchanges));
    }
    List<Doc.Block> blocks = new ArrayList<>();
    blocks.add(new Doc.Table(headers, headers.stream().map(h -> true).toList(), rows));
    long lastDay = batches.fromDay() + (count - 1) * batches.everyDays();
    Optional<Long> length = phase.durationDays();
    if (length.isPresent() && lastDay > length.get()) {
      blocks.add(
          new Doc.Note(
              Phrase.words(
                  "The last batch falls on day "
                      + lastDay
                      + " of the phase; the phase lasts "
                      + Phrases.days(length.get())
                      + ".")));
    }
    return blocks;
  }

  private static List<Phrase> row(
      long i, Schedule.Batches batches, long total, List<PhaseClause.Exchange> exchanges) {
    long day = batches.fromDay() + i * batches.everyDays();
    long before = i * batches.size();
    long units = Math.min(batches.size(), total - before);
    long cumulative = before + units;
    List<Phrase> row = new ArrayList<>();
    row.add(number(day));
    row.add(number(units));
    row.add(number(cumulative));
    for (PhaseClause.Exchange e : exchanges) {
      row.add(number(units * e.perUnit()));
      row.add(number(cumulative * e.perUnit()));
    }
    return row;
  }

  /** Exchanges of the phase whose ratio counts the units this release hands over. */
  private static List<PhaseClause.Exchange> triggered(PhaseClause.Release release, Phase phase) {
    return phase.clauses().stream()
        .filter(c -> c instanceof PhaseClause.Exchange)
        .map(c -> (PhaseClause.Exchange) c)
        .filter(e -> !e.lump())
        .filter(e -> !e.party().equals(release.party()))
        .filter(e -> e.unitCategory().covers(release.category()))
        .filter(e -> e.unitReleasedBy().map(release.party()::equals).orElse(true))
        .toList();
  }

  private static Phrase number(long n) {
    return Phrase.words(Long.toString(n));
  }
}
