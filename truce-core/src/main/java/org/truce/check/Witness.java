package org.truce.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A run that shows a verdict: its events day by day, ending with the findings the analysis reads
 * off the last state. A run that goes on for ever is a lasso: {@code loopsToDay} is the day whose
 * state the last day returns to, after which the days from it repeat for ever.
 */
public record Witness(List<WitnessEvent> events, long lastDay, OptionalLong loopsToDay) {
  public Witness {
    events = List.copyOf(events);
  }

  /**
   * The events grouped by day, with consecutive days on which the same things happen (same phase,
   * kind, text and clause) merged into one span, so that a phase extended on each of 960 days reads
   * as one line. The findings and the loop of the last day follow as a span of their own. The
   * events keep every day; this is only how a reader sees them.
   */
  public List<WitnessSpan> spans() {
    List<WitnessSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < events.size()) {
      long day = events.get(i).day();
      List<WitnessEvent> happenings = new ArrayList<>();
      List<WitnessEvent> notes = new ArrayList<>();
      for (; i < events.size() && events.get(i).day() == day; i++) {
        WitnessEvent e = events.get(i);
        (isNote(e) ? notes : happenings).add(e);
      }
      WitnessSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null
          && last.lastDay() + 1 == day
          && !happenings.isEmpty()
          && sameHappenings(last.events(), happenings)) {
        spans.set(spans.size() - 1, new WitnessSpan(last.firstDay(), day, last.events()));
      } else if (!happenings.isEmpty()) {
        spans.add(new WitnessSpan(day, day, happenings));
      }
      if (!notes.isEmpty()) {
        spans.add(new WitnessSpan(day, day, notes));
      }
    }
    return spans;
  }

  /** The findings and the loop describe one moment of the run: never merged with other days. */
  private static boolean isNote(WitnessEvent e) {
    return e.kind().equals("finding") || e.kind().equals("loop");
  }

  private static boolean sameHappenings(List<WitnessEvent> a, List<WitnessEvent> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      WitnessEvent x = a.get(k);
      WitnessEvent y = b.get(k);
      if (isNote(x)
          || !x.kind().equals(y.kind())
          || !x.phase().equals(y.phase())
          || !x.text().equals(y.text())
          || !x.clause().equals(y.clause())
          || !Objects.equals(x.line(), y.line())) {
        return false;
      }
    }
    return true;
  }
}
