package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.truce.model.ClauseRef;

/** A witness's spans show every event once per day it happens, and merge only identical days. */
class WitnessSpansTest {
  private static WitnessEvent event(long day, String kind, String text) {
    return new WitnessEvent(day, Optional.of("one"), kind, text, ClauseRef.NONE, Optional.of(9));
  }

  @Test
  void identicalConsecutiveDaysBecomeOneSpanAndTheFindingsStayApart() {
    List<WitnessEvent> events = new ArrayList<>();
    events.add(event(42, "release", "north releases 10 hostage"));
    for (long day = 42; day <= 1002; day++) {
      events.add(event(day, "extension", "phase one is extended by 1 day"));
    }
    events.add(event(1002, "loop", "from here the same day can repeat for ever"));
    events.add(event(1002, "finding", "hostilities paused"));
    List<WitnessSpan> spans = new Witness(events, 1002, OptionalLong.of(1002)).spans();
    assertThat(spans)
        .extracting(WitnessSpan::firstDay, WitnessSpan::lastDay, s -> s.events().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(42L, 42L, 2),
            org.assertj.core.groups.Tuple.tuple(43L, 1002L, 1),
            org.assertj.core.groups.Tuple.tuple(1002L, 1002L, 2));
  }

  @Test
  void spansExpandBackToTheEvents() {
    // Each draw is a day's event: (gap to the previous day 0..2, which of three texts).
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 8)).ofSizeBetween(0, 40))
        .checkAssert(
            draws -> {
              List<WitnessEvent> events = new ArrayList<>();
              long day = 1;
              for (int draw : draws) {
                day += draw / 3;
                String kind = draw % 3 == 2 ? "finding" : "extension";
                events.add(event(day, kind, "text " + (draw % 3)));
              }
              Witness w = new Witness(events, day, OptionalLong.empty());
              List<WitnessEvent> expanded = new ArrayList<>();
              for (WitnessSpan span : w.spans()) {
                assertThat(span.events())
                    .allSatisfy(e -> assertThat(e.day()).isEqualTo(span.firstDay()));
                for (long d = span.firstDay(); d <= span.lastDay(); d++) {
                  for (WitnessEvent e : span.events()) {
                    expanded.add(
                        new WitnessEvent(d, e.phase(), e.kind(), e.text(), e.clause(), e.line()));
                  }
                }
              }
              // Within a day the spans keep happenings before findings; compare day by day as sets.
              assertThat(sortedByDay(expanded)).isEqualTo(sortedByDay(events));
            });
  }

  private static List<String> sortedByDay(List<WitnessEvent> events) {
    return events.stream()
        .map(e -> String.format("%06d %s %s", e.day(), e.kind(), e.text()))
        .sorted()
        .toList();
  }
}
