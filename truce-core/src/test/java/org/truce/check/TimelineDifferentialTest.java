package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Condition;
import org.truce.model.ModelPrinter;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.Schedule;
import org.truce.testing.AgreementGenerator;
import org.truce.testing.Interpreter;
import org.truce.testing.Interpreter.State;
import org.truce.testing.WitnessReplay;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineNote;
import org.truce.timeline.TimelineOptions;
import org.truce.vocabulary.RequirementKind;

/**
 * The day is read three times: by the compliant timeline's simulator, by the checker's step
 * function, and by the tests' interpreter of docs/semantics.md. On texts that leave nothing open
 * (no {@code by day} releases, no talks, no optional extensions, no rights), the compliant run is
 * unique: the three must agree on it day by day, releases per party and category, phases begun and
 * ended, hostilities and what has been released from each held line.
 *
 * <p>The checker's run is read from the witness of {@code require eventually false}, which every
 * run violates: when the run is unique, its witness is that run.
 */
class TimelineDifferentialTest {
  private static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(20_000, Duration.ofSeconds(2));

  private static final Requirement NEVER_MET =
      new Requirement(
          ClauseRef.NONE,
          RequirementKind.EVENTUALLY,
          new Condition.Constant(false),
          Optional.empty());

  /** Generated agreements with every choice the text could leave open taken out. */
  static Gen<Agreement> closedTexts() {
    return AgreementGenerator.agreements().map(TimelineDifferentialTest::close);
  }

  static Agreement close(Agreement a) {
    List<Phase> phases = new ArrayList<>();
    for (Phase p : a.phases()) {
      List<PhaseClause> clauses = new ArrayList<>();
      for (PhaseClause c : p.clauses()) {
        switch (c) {
          case PhaseClause.Right r -> {} // rights are choices
          case PhaseClause.Talks t -> {} // the talks are the environment's choice
          case PhaseClause.Extension e -> {
            // `per K additional` is the releasing party's choice; `while C` is not a choice.
            if (e.trigger() instanceof PhaseClause.Extension.Trigger.While w) {
              clauses.add(
                  new PhaseClause.Extension(
                      e.ref(),
                      e.stepDays(),
                      new PhaseClause.Extension.Trigger.While(noTalks(w.condition())),
                      e.capDays()));
            }
          }
          case PhaseClause.Release r -> clauses.add(beforeOrdered(onDay(r, p), p));
          case PhaseClause.Assurance s ->
              clauses.add(
                  new PhaseClause.Assurance(
                      s.ref(),
                      s.guarantors(),
                      noTalks(s.condition()),
                      s.scope()
                          .map(
                              sc ->
                                  new PhaseClause.Assurance.Scope(
                                      sc.kind(), noTalks(sc.condition())))));
          default -> clauses.add(c);
        }
      }
      Phase.Entry entry =
          p.entry() instanceof Phase.Entry.When w
              ? new Phase.Entry.When(noTalks(w.condition()))
              : p.entry();
      phases.add(
          new Phase(
              p.ref(),
              p.name(),
              p.title(),
              p.durationDays(),
              entry,
              p.endsWhen().map(TimelineDifferentialTest::noTalks),
              clauses));
    }
    List<PhaseClause.Assurance> assurances =
        a.assurances().stream()
            .map(
                s ->
                    new PhaseClause.Assurance(
                        s.ref(),
                        s.guarantors(),
                        noTalks(s.condition()),
                        s.scope()
                            .map(
                                sc ->
                                    new PhaseClause.Assurance.Scope(
                                        sc.kind(), noTalks(sc.condition())))))
            .toList();
    return new Agreement(
        a.metadata(),
        a.actors(),
        a.holdings(),
        a.interests(),
        phases,
        List.of(),
        assurances,
        List.of(NEVER_MET),
        a.conclusion().map(c -> new org.truce.model.Conclusion(c.ref(), noTalks(c.condition()))),
        a.lapse()
            .map(
                l ->
                    new org.truce.model.Lapse(
                        l.ref(), l.onDay(), l.condition().map(TimelineDifferentialTest::noTalks))));
  }

  /**
   * A release that an order puts first, due no later than the first release it must precede (as the
   * timeline places it, docs/semantics.md "Order between releases"): due on its own day, it could
   * make the order impossible in the closed text where the open one was not.
   */
  private static PhaseClause.Release beforeOrdered(PhaseClause.Release r, Phase p) {
    if (!(r.schedule().orElse(null) instanceof Schedule.OnDay own)) {
      return r;
    }
    long day = own.day();
    for (PhaseClause c : p.clauses()) {
      if (c instanceof PhaseClause.Order o
          && o.party().equals(r.party())
          && o.first().covers(r.category())) {
        for (PhaseClause b : p.clauses()) {
          if (b instanceof PhaseClause.Release then
              && then.party().equals(r.party())
              && o.then().covers(then.category())) {
            day = Math.min(day, firstDue(onDay(then, p)));
          }
        }
      }
    }
    return day == own.day()
        ? r
        : new PhaseClause.Release(
            r.ref(), r.party(), r.count(), r.category(), Optional.of(new Schedule.OnDay(day)));
  }

  /**
   * The first phase day some of a closed release falls due: its day, its first batch; with no
   * schedule left (an open-ended phase), the phase's first day.
   */
  private static long firstDue(PhaseClause.Release r) {
    return switch (r.schedule().orElse(null)) {
      case null -> 1;
      case Schedule.OnDay on -> on.day();
      case Schedule.Batches b -> b.fromDay();
      case Schedule.BestEffort e -> e.longStop().orElse(Long.MAX_VALUE);
      default -> Long.MAX_VALUE;
    };
  }

  /** A release due on a day rather than by it: the day the timeline places it on. */
  private static PhaseClause.Release onDay(PhaseClause.Release r, Phase p) {
    Optional<Schedule> schedule =
        switch (r.schedule().orElse(null)) {
          case Schedule.ByDay by -> Optional.of(new Schedule.OnDay(by.day()));
          // a window is placed on its last day, as `by day` is
          case Schedule.Window w -> Optional.of(new Schedule.OnDay(w.last()));
          // a conditional release within N days leaves its party a choice before day N of its
          // period; within 1 day none (docs/semantics.md "Conditional releases")
          case Schedule.After a ->
              Optional.of(new Schedule.After(1, a.party(), a.count(), a.category()));
          case null ->
              p.durationDays().map(n -> (Schedule) new Schedule.OnDay(n)).or(Optional::empty);
          default -> r.schedule();
        };
    return new PhaseClause.Release(r.ref(), r.party(), r.count(), r.category(), schedule);
  }

  /** The condition with every reading of talks (there are none any more) false. */
  static Condition noTalks(Condition c) {
    return switch (c) {
      case Condition.And a -> new Condition.And(noTalks(a.left()), noTalks(a.right()));
      case Condition.Or o -> new Condition.Or(noTalks(o.left()), noTalks(o.right()));
      case Condition.Not n -> new Condition.Not(noTalks(n.operand()));
      case Condition.TalksAre t -> new Condition.Constant(false);
      default -> c;
    };
  }

  @Test
  void theTimelineIsTheCheckersUniqueCompliantRun() {
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger days = new AtomicInteger();
    AtomicInteger armed = new AtomicInteger();
    qt().withExamples(Integer.getInteger("examples", 60))
        .withShrinkCycles(3)
        .forAll(closedTexts())
        .checkAssert(
            agreement -> {
              long n = compare(agreement, armed);
              if (n >= 0) {
                compared.incrementAndGet();
                days.addAndGet((int) n);
              }
            });
    // Most closed texts have a unique compliant run the search finishes: else this says nothing.
    assertThat(compared.get()).isGreaterThan(30);
    assertThat(days.get()).isGreaterThan(300);
  }

  @Test
  void theTimelineIsTheCheckersUniqueCompliantRunWithConditionalReleases() {
    // docs/semantics.md "Conditional releases": texts in which most releases wait for others.
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger armed = new AtomicInteger();
    // Two hundred texts: the seeds vary from run to run, and with one hundred the count of armed
    // runs below fell to its bound now and then.
    qt().withExamples(Integer.getInteger("examples", 100) * 2)
        .withShrinkCycles(3)
        .forAll(
            AgreementGenerator.agreementsWithConditionalReleases()
                .map(TimelineDifferentialTest::close))
        .checkAssert(
            agreement -> {
              if (compare(agreement, armed) >= 0) {
                compared.incrementAndGet();
              }
            });
    assertThat(compared.get()).isGreaterThan(40);
    // Runs in which a conditional release is armed, so that it is due there (about one in ten:
    // generated texts often end, or never begin, the phase of the release that arms it).
    assertThat(armed.get()).isGreaterThan(3);
  }

  /**
   * Compares the three readings of {@code agreement}; returns the days compared, or -1 when the
   * compliant run is not unique, the search did not finish, or the timeline's options contradict
   * the text (an assurance fails, which no compliant run allows). Counts in {@code armed} the runs
   * compared in which a conditional release is armed.
   */
  static long compare(Agreement agreement, AtomicInteger armed) {
    CheckReport report = Checker.check(agreement, Optional.empty(), SMALL);
    if (!report.exploration().complete()) {
      return -1;
    }
    // The run, or, when it gets stuck (an assurance fails: no compliant continuation, so no run
    // violates `eventually false`), the run up to the stuck state, which deadlock shows.
    Optional<Witness> found =
        report.analyses().stream()
            .filter(a -> a.name().startsWith("require") || a.name().equals("deadlock"))
            .filter(a -> a.verdict() == Verdict.VIOLATED)
            .map(a -> a.witness().orElseThrow())
            .findFirst();
    if (found.isEmpty()) {
      return -1;
    }
    Witness w = found.get();
    TimelineOptions options = TimelineOptions.defaults();
    for (Phase p : agreement.phases()) {
      // The timeline takes the extension days it is asked for; a `while` extension is not a
      // choice: ask for more than any run takes, and the text says which are taken.
      options = options.extend(p.name(), 5000);
    }
    Timeline timeline = TimelineBuilder.build(agreement, options);
    // The interpreter's compliant run, and whether it is unique.
    Interpreter interpreter = new Interpreter(agreement, Optional.empty());
    List<State> run = new ArrayList<>();
    List<List<Interpreter.Event>> events = new ArrayList<>();
    run.add(interpreter.initial());
    events.add(List.of());
    for (long day = 1; day <= w.lastDay(); day++) {
      List<Interpreter.Step> next = interpreter.successors(run.getLast());
      if (next.size() > 1) {
        return -1; // a choice is left open
      }
      if (next.isEmpty()) {
        break; // the run is over here: the replay below says whether the checker's is too
      }
      run.add(next.getFirst().state());
      events.add(next.getFirst().events());
    }
    // The checker's witness replays through the interpreter, and is the interpreter's run.
    WitnessReplay.Replayed replay = WitnessReplay.replay(interpreter, w);
    for (long day = 1; day <= w.lastDay(); day++) {
      assertThat(replay.at(day)).as("day " + day).containsExactly(run.get((int) day));
    }
    // A compliant run keeps every assurance: the timeline notes the first day one fails, which is
    // the day the checker's run cannot go on (when the timeline reaches it), and no day before.
    State end = run.getLast();
    boolean stuck =
        run.size() == w.lastDay() + 1
            && end.outcome().equals(Interpreter.IN_FORCE)
            && interpreter.successors(end).isEmpty();
    long fails = firstAssuranceFailure(timeline);
    if (!stuck && placementBreaksAnAssurance(timeline, w, fails)) {
      return -1;
    }
    if (stuck && timeline.ending().lastDay() > w.lastDay()) {
      assertThat(fails)
          .as("the day an assurance fails, in the timeline of\n" + ModelPrinter.print(agreement))
          .isEqualTo(w.lastDay() + 1);
    } else {
      assertThat(fails)
          .as("the day an assurance fails, in the timeline of\n" + ModelPrinter.print(agreement))
          .isGreaterThan(Math.min(w.lastDay(), timeline.ending().lastDay()));
    }
    long last = Math.min(w.lastDay(), timeline.ending().lastDay());
    if (w.events().stream().anyMatch(e -> e.kind().equals("armed") && e.day() <= last)) {
      armed.incrementAndGet();
    }
    for (long day = 1; day <= last; day++) {
      String at = "day " + day + " of\n" + ModelPrinter.print(agreement);
      Optional<Timeline.Day> shown = timeline.day(day);
      List<TimelineEvent> shownEvents = shown.map(Timeline.Day::events).orElse(List.of());
      assertThat(releases(shownEvents)).as("releases on " + at).isEqualTo(witnessReleases(w, day));
      assertThat(phases(shownEvents)).as("phases on " + at).isEqualTo(witnessPhases(w, day));
      State s = run.get((int) day);
      if (shown.isPresent()) {
        assertThat(shown.get().hostilities()).as("hostilities on " + at).isEqualTo(s.hostilities());
        assertThat(tallies(shown.get().released()))
            .as("released on " + at)
            .isEqualTo(releasedByLine(interpreter, s));
      }
    }
    return last;
  }

  /** The releases of a timeline day, as "party category count", sorted; none of 0 units. */
  static List<String> releases(List<TimelineEvent> events) {
    List<String> out = new ArrayList<>();
    for (TimelineEvent e : events) {
      switch (e) {
        case TimelineEvent.Released r when r.count() > 0 ->
            out.add(r.party() + " " + r.category() + " " + r.count());
        case TimelineEvent.CounterReleased r when r.count() > 0 ->
            out.add(r.party() + " " + r.category() + " " + r.count());
        default -> {}
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> witnessReleases(Witness w, long day) {
    List<String> out = new ArrayList<>();
    for (WitnessEvent e : w.events()) {
      Map<String, String> f = e.facts();
      if (e.day() == day
          && (e.kind().equals("release") || e.kind().equals("counter-release"))
          && Long.parseLong(f.get("count")) > 0) {
        out.add(f.get("party") + " " + f.get("category") + " " + f.get("count"));
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> phases(List<TimelineEvent> events) {
    List<String> out = new ArrayList<>();
    for (TimelineEvent e : events) {
      switch (e) {
        case TimelineEvent.PhaseStarted p -> out.add("begins " + p.phase());
        case TimelineEvent.PhaseEnded p -> out.add("ends " + p.phase());
        default -> {}
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> witnessPhases(Witness w, long day) {
    List<String> out = new ArrayList<>();
    for (WitnessEvent e : w.events()) {
      if (e.day() == day && e.kind().equals("phase-begins")) {
        out.add("begins " + e.phase().orElseThrow());
      } else if (e.day() == day && e.kind().equals("phase-ends")) {
        out.add("ends " + e.phase().orElseThrow());
      }
    }
    out.sort(null);
    return out;
  }

  static Map<String, Long> tallies(List<Timeline.Tally> tallies) {
    Map<String, Long> out = new TreeMap<>();
    for (Timeline.Tally t : tallies) {
      out.merge(t.party() + " " + t.category(), t.count(), Long::sum);
    }
    return out;
  }

  /** What the interpreter's state says each party has released from each held category. */
  static Map<String, Long> releasedByLine(Interpreter interpreter, State s) {
    Map<String, Long> out = new TreeMap<>();
    List<Interpreter.Line> lines = interpreter.lines();
    for (int i = 0; i < lines.size(); i++) {
      Interpreter.Line l = lines.get(i);
      Category c = l.category();
      out.merge(l.holder() + " " + c, interpreter.releasedFromLine(s, i), Long::sum);
    }
    return out;
  }

  /** The first day the timeline notes an assurance failing; the largest long when none does. */
  static long firstAssuranceFailure(Timeline timeline) {
    return timeline.notes().stream()
        .filter(note -> note instanceof TimelineNote.AssuranceFails)
        .mapToLong(note -> ((TimelineNote.AssuranceFails) note).day())
        .min()
        .orElse(Long.MAX_VALUE);
  }

  /**
   * True when the timeline's placement of releases (each on its latest compliant day,
   * docs/timeline.md) breaks an assurance on day {@code fails} that the checker's run keeps by
   * releasing otherwise by then: an assurance that constrains the amounts of each day (`released
   * captive.life = day`). The timeline reports it in an assurance-fails note; the two runs differ
   * from there by design, so the text is not compared.
   */
  static boolean placementBreaksAnAssurance(Timeline timeline, Witness w, long fails) {
    for (long day = 1; day <= Math.min(fails, w.lastDay()); day++) {
      List<TimelineEvent> shown = timeline.day(day).map(Timeline.Day::events).orElse(List.of());
      if (!releases(shown).equals(witnessReleases(w, day))) {
        return true;
      }
    }
    return false;
  }
}
