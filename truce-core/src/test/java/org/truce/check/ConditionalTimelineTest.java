package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelPrinter;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.testing.AgreementGenerator;
import org.truce.testing.Interpreter;
import org.truce.testing.Interpreter.State;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineOptions;

/**
 * The timeline against the interpreter where the checker leaves a choice open: conditional releases
 * due within 2 to 4 days, which the timeline places on the last day of their period
 * (docs/semantics.md, "Conditional releases"). {@link TimelineDifferentialTest} compares the closed
 * texts whose run is unique.
 */
class ConditionalTimelineTest {
  @Test
  void theTimelinePlacesConditionalReleasesOnTheLastDayOfTheirPeriod() {
    // docs/semantics.md "Conditional releases": the timeline is the compliant run in which each
    // conditional release is made on day N of its period, the latest compliant day. The checker
    // leaves the day open (within N > 1 days), so the timeline is compared with the interpreter's
    // run that releases nothing under them before day N.
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger armed = new AtomicInteger();
    qt().withExamples(Integer.getInteger("examples", 100) * 4) // no search: cheap
        .withShrinkCycles(3)
        .forAll(
            AgreementGenerator.agreementsWithConditionalReleases()
                .map(TimelineDifferentialTest::close)
                .map(ConditionalTimelineTest::longerPeriods))
        .checkAssert(
            agreement -> {
              if (compareLatest(agreement, armed) >= 0) {
                compared.incrementAndGet();
              }
            });
    assertThat(compared.get()).isGreaterThan(150);
    // Runs compared until the last day of a period, in which the release is due.
    assertThat(armed.get()).isGreaterThan(8);
  }

  /** The closed text with its conditional releases due within 2 to 4 days instead of 1. */
  private static Agreement longerPeriods(Agreement a) {
    List<Phase> phases = new ArrayList<>();
    for (Phase p : a.phases()) {
      List<PhaseClause> clauses = new ArrayList<>();
      for (int k = 0; k < p.clauses().size(); k++) {
        PhaseClause c = p.clauses().get(k);
        if (c instanceof PhaseClause.Release r
            && r.schedule().orElse(null) instanceof Schedule.After after) {
          Schedule longer =
              new Schedule.After(2 + k % 3, after.party(), after.count(), after.category());
          clauses.add(
              new PhaseClause.Release(
                  r.ref(), r.party(), r.count(), r.category(), Optional.of(longer)));
        } else {
          clauses.add(c);
        }
      }
      phases.add(p.withClauses(clauses));
    }
    return a.withPhases(phases);
  }

  /**
   * Compares the timeline of {@code agreement} with the interpreter's run in which conditional
   * releases wait for the last day of their period; returns the days compared, or -1 when some
   * other choice is left open. Counts in {@code armed} the runs in which one is armed and that are
   * compared until the last day of its period.
   */
  private static long compareLatest(Agreement agreement, AtomicInteger armed) {
    Interpreter interpreter = new Interpreter(agreement, Optional.empty());
    Interpreter.Amounts latest =
        (clause, most) ->
            clause.schedule().orElse(null) instanceof Schedule.After
                ? List.of(0L)
                : Interpreter.EVERY_AMOUNT.apply(clause, most);
    TimelineOptions options = TimelineOptions.defaults();
    for (Phase p : agreement.phases()) {
      options = options.extend(p.name(), 5000);
    }
    Timeline timeline = TimelineBuilder.build(agreement, options);
    long last = Math.min(timeline.ending().lastDay(), 400);
    long fails = TimelineDifferentialTest.firstAssuranceFailure(timeline);
    State s = interpreter.initial();
    long armedOn = Long.MAX_VALUE;
    long day = 1;
    for (; day <= last; day++) {
      List<Interpreter.Outcome> next = interpreter.successors(s, latest);
      if (next.size() > 1) {
        return -1; // a choice is left open
      }
      if (next.isEmpty()) {
        break; // stuck: an assurance fails (the first test compares that day)
      }
      s = next.getFirst().step().state();
      List<Interpreter.Event> events = next.getFirst().step().events();
      if (events.stream().anyMatch(e -> e.kind().equals("armed"))) {
        armedOn = Math.min(armedOn, day);
      }
      String at = "day " + day + " of\n" + ModelPrinter.print(agreement);
      Optional<Timeline.Day> shown = timeline.day(day);
      List<TimelineEvent> shownEvents = shown.map(Timeline.Day::events).orElse(List.of());
      if (day >= fails
          && !TimelineDifferentialTest.releases(shownEvents).equals(releases(events, day))) {
        // The timeline's placement broke an assurance the run keeps by releasing otherwise: it
        // says so in a note, and the runs differ from there by design (docs/timeline.md).
        return -1;
      }
      assertThat(TimelineDifferentialTest.releases(shownEvents))
          .as("releases on " + at)
          .isEqualTo(releases(events, day));
      if (shown.isPresent()) {
        assertThat(TimelineDifferentialTest.tallies(shown.get().released()))
            .as("released on " + at)
            .isEqualTo(TimelineDifferentialTest.releasedByLine(interpreter, s));
      }
      if (!s.outcome().equals(Interpreter.IN_FORCE)) {
        break;
      }
    }
    if (day - 1 >= armedOn + 3) {
      armed.incrementAndGet();
    }
    return day - 1;
  }

  /**
   * The interpreter's releases of a day, as the differential test reads the checker's witnesses.
   */
  private static List<String> releases(List<Interpreter.Event> events, long day) {
    List<String> out = new ArrayList<>();
    for (Interpreter.Event e : events) {
      Map<String, String> f = e.facts();
      if ((e.kind().equals("release") || e.kind().equals("counter-release"))
          && Long.parseLong(f.get("count")) > 0) {
        out.add(f.get("party") + " " + f.get("category") + " " + f.get("count"));
      }
    }
    out.sort(null);
    return out;
  }
}
