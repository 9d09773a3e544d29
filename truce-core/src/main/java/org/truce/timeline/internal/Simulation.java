package org.truce.timeline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.AgreementClock;
import org.truce.model.Condition;
import org.truce.model.ConditionEvaluator;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.timeline.Timeline;
import org.truce.timeline.Timeline.Ending;
import org.truce.timeline.Timeline.EndingKind;
import org.truce.timeline.Timeline.PhaseEnd;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineNote;
import org.truce.timeline.TimelineOptions;

/**
 * Runs an agreement day by day with every obligation kept (docs/timeline.md). Each day: phases
 * whose entry holds begin; each phase in force performs what falls due on its day; exchanges answer
 * the day's releases; phases that reach their end (or whose end condition holds) take an extension
 * if the options ask for one and the text allows it, or end.
 */
public final class Simulation {
  private final World world;
  private final Entries entries;
  private final Lapses lapses;
  private final Exchanges exchanges;
  private final Assurances assurances;
  private final Conditionals conditionals;
  private final List<Timeline.Day> days = new ArrayList<>();
  private final List<TimelineNote> notes = new ArrayList<>();

  // Each day costs what changes that day, not one visit of every phase (a text of thousands of
  // phases took days times phases): the phases that may begin on a day are looked up by their
  // entry, and those in force are kept as they begin and end. Both are in the text's order.
  /** Phases that begin on a given day of the agreement ({@code begins on day N}). */
  private final Map<Long, List<PhaseRunState>> beginningOnDay = new HashMap<>();

  /** Phases that begin the day after a named phase ends ({@code begins after X}). */
  private final Map<String, List<PhaseRunState>> beginningAfter = new HashMap<>();

  /** Phases that begin when a condition holds, not begun yet: asked every day. */
  private final List<PhaseRunState> beginningWhen = new ArrayList<>();

  /** Phases begun and not ended before today. */
  private final List<PhaseRunState> open = new ArrayList<>();

  private List<PhaseRunState> endedYesterday = List.of();

  public Simulation(Agreement agreement, TimelineOptions options) {
    this.world = new World(agreement, options);
    this.entries = new Entries(world);
    this.lapses = new Lapses(world);
    this.exchanges = new Exchanges(world);
    this.assurances = new Assurances(world);
    this.conditionals = new Conditionals(world);
    for (PhaseRunState run : world.runs) {
      switch (run.phase.entry()) {
        case Phase.Entry.OnDay on ->
            beginningOnDay.computeIfAbsent(on.day(), d -> new ArrayList<>()).add(run);
        case Phase.Entry.After after ->
            beginningAfter.computeIfAbsent(after.phase(), p -> new ArrayList<>()).add(run);
        case Phase.Entry.When when -> beginningWhen.add(run);
      }
    }
  }

  /** Days the entry conditions were scanned ahead over (for tests). */
  long daysScanned() {
    return entries.daysScanned;
  }

  public Timeline run() {
    noteUnknownPhases();
    long horizon = world.options.horizonDays();
    Ending ending = null;
    for (long day = 1; day <= horizon && ending == null; day++) {
      ending = simulate(day);
    }
    long lastDay = days.isEmpty() ? 0 : days.getLast().day();
    if (ending == null) {
      ending =
          new Ending(
              EndingKind.HORIZON,
              lastDay,
              Optional.empty(),
              "the timeline stops at its horizon of " + horizon + " days");
    }
    noteExtensionsLeft();
    conditionals.note(notes, lastDay);
    return new Timeline(
        world.agreement.metadata().title(),
        world.agreement.metadata().startDate(),
        world.options,
        phaseRuns(lastDay),
        days,
        new Timeline.Totals(lastDay, world.ledger.releasedTallies(), world.ledger.heldTallies()),
        notes,
        ending,
        hours());
  }

  /** The agreement's clock when its text gives hours: a start with an hour, or a zone. */
  private Optional<AgreementClock> hours() {
    var metadata = world.agreement.metadata();
    return metadata.startTime().isPresent() || metadata.zone().isPresent()
        ? AgreementClock.of(metadata)
        : Optional.empty();
  }

  /** Simulates one day; returns why the timeline stops after it, or null. */
  private Ending simulate(long day) {
    List<TimelineEvent> events = new ArrayList<>();
    Obligations obligations = new Obligations(world, events, notes);
    for (PhaseRunState run : mayBegin(day)) {
      if (!run.started() && entries.beginsOn(run, day)) {
        run.begin(day);
        events.add(new TimelineEvent.PhaseStarted(run.name(), run.phase.title()));
        open.add(run);
      }
    }
    beginningWhen.removeIf(PhaseRunState::started);
    conditionals.arm(day);
    open.sort(BY_TEXT_ORDER);
    List<PhaseRunState> active = List.copyOf(open);
    // Step 3, phase by phase in text order (docs/semantics.md): a phase in force performs its
    // clauses; one that has ended, those that outlive it. Releases draw in that order, so a
    // release of an ended phase comes before those of a later phase in force.
    for (PhaseRunState run : world.outliving.isEmpty() ? active : world.runs) {
      if (active.contains(run)) {
        extensionDay(run, day).ifPresent(events::add);
        obligations.perform(run, day);
      } else if (run.started() && world.outliving.contains(run)) {
        obligations.outliving(run, day);
      }
    }
    exchanges.answer(active, day, events, notes);
    for (PhaseRunState run : active) {
      endOfDay(run, day, events, obligations);
    }
    endedYesterday = active.stream().filter(PhaseRunState::ended).toList();
    open.removeAll(endedYesterday);
    // Every day, also one the timeline leaves out: a top-level assurance is in force on all of
    // them, before the first phase begins too. A phase's assurances are kept at the end of the
    // day, after phases end, so not by a phase that ended today (docs/semantics.md, 6 and 7).
    assurances.check(day, active.stream().filter(run -> !run.ended()).toList(), notes);
    if (!active.isEmpty() || !events.isEmpty()) {
      days.add(record(day, active, events));
    }
    long lastRecorded = days.isEmpty() ? 0 : days.getLast().day();
    return lapses.ending(day, entries.ending(day, open, lastRecorded, exchanges.pending()));
  }

  private static final Comparator<PhaseRunState> BY_TEXT_ORDER =
      Comparator.comparingInt(run -> run.index);

  /** The phases whose entry may hold on {@code day}, in the text's order. */
  private List<PhaseRunState> mayBegin(long day) {
    List<PhaseRunState> candidates = new ArrayList<>(beginningOnDay.getOrDefault(day, List.of()));
    for (PhaseRunState ended : endedYesterday) {
      candidates.addAll(beginningAfter.getOrDefault(ended.name(), List.of()));
    }
    candidates.addAll(beginningWhen);
    candidates.sort(BY_TEXT_ORDER);
    return candidates;
  }

  private Optional<TimelineEvent> extensionDay(PhaseRunState run, long day) {
    long number = run.phaseDay(day) - run.lengthDays();
    if (run.indefinite() || number <= 0) {
      return Optional.empty();
    }
    PhaseClause.Extension clause = run.steps.getFirst().clause();
    for (PhaseRunState.Step step : run.steps) {
      if (step.firstDay() <= day) {
        clause = step.clause();
      }
    }
    return Optional.of(new TimelineEvent.ExtensionDay(run.name(), number, clause.ref()));
  }

  private void endOfDay(
      PhaseRunState run, long day, List<TimelineEvent> events, Obligations obligations) {
    Optional<Condition> endsWhen = run.phase.endsWhen();
    if (endsWhen.isPresent() && ConditionEvaluator.holds(endsWhen.get(), world.view(day, day))) {
      end(run, day, PhaseEnd.CONDITION, events, obligations);
    } else if (!run.indefinite()
        && run.plannedEnd == day
        && !new Extensions(world, notes).take(run, day)) {
      end(run, day, PhaseEnd.LENGTH, events, obligations);
    }
  }

  private void end(
      PhaseRunState run,
      long day,
      PhaseEnd kind,
      List<TimelineEvent> events,
      Obligations obligations) {
    run.end = day;
    run.endKind = kind;
    events.add(new TimelineEvent.PhaseEnded(run.name(), run.phaseDay(day), kind));
    for (PhaseClause clause : run.phase.clauses()) {
      if (clause instanceof PhaseClause.Talks talks) {
        world
            .talks(talks.onPhase(), day)
            .ifPresent(
                state ->
                    events.add(new TimelineEvent.TalksEnd(run.name(), talks.onPhase(), state)));
      }
    }
    obligations.noteUnfinished(run);
  }

  private Timeline.Day record(long day, List<PhaseRunState> active, List<TimelineEvent> events) {
    List<Timeline.PhaseDay> phaseDays = new ArrayList<>();
    for (PhaseRunState run : active) {
      long phaseDay = run.phaseDay(day);
      phaseDays.add(
          new Timeline.PhaseDay(
              run.name(), phaseDay, !run.indefinite() && phaseDay > run.lengthDays()));
    }
    return new Timeline.Day(
        day,
        world.agreement.metadata().startDate().map(start -> start.plusDays(day - 1)),
        phaseDays,
        world.hostilities,
        world.talksOn(day),
        events,
        world.ledger.releasedTallies(),
        world.ledger.heldTallies());
  }

  private List<Timeline.PhaseRun> phaseRuns(long lastDay) {
    var start = world.agreement.metadata().startDate();
    return world.runs.stream()
        .filter(PhaseRunState::started)
        .sorted((a, b) -> Long.compare(a.start, b.start))
        .map(
            run -> {
              Optional<Long> end = run.ended() ? Optional.of(run.end) : Optional.empty();
              return new Timeline.PhaseRun(
                  run.name(),
                  run.phase.title(),
                  run.start,
                  end,
                  run.phase.durationDays(),
                  run.extensionTaken,
                  start.map(s -> s.plusDays(run.start - 1)),
                  end.flatMap(e -> start.map(s -> s.plusDays(e - 1))),
                  run.endKind);
            })
        .toList();
  }

  private void noteUnknownPhases() {
    for (var entry : world.options.extensionDays().entrySet()) {
      if (entry.getValue() > 0 && world.run(entry.getKey()).isEmpty()) {
        notes.add(
            new TimelineNote.ExtensionRefused(
                entry.getKey(), entry.getValue(), 0, "the agreement has no phase of that name"));
      }
    }
  }

  private void noteExtensionsLeft() {
    for (PhaseRunState run : world.runs) {
      if (run.extensionLeft == 0) {
        continue;
      }
      String reason;
      if (!run.started()) {
        reason = "the phase does not begin";
      } else if (run.indefinite()) {
        reason = "the phase has no set length to extend";
      } else if (run.endKind == PhaseEnd.CONDITION) {
        reason = "the phase ended when its end condition held";
      } else {
        reason = "the timeline stopped before the phase ended";
      }
      notes.add(
          new TimelineNote.ExtensionRefused(
              run.name(), run.extensionTaken + run.extensionLeft, run.extensionTaken, reason));
    }
  }
}
