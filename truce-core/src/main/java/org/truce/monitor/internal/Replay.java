package org.truce.monitor.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.truce.ledger.Corrections;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.InForce;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Phase;
import org.truce.monitor.CountingPolicy;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineOptions;

/**
 * What every check of a status reads, prepared once: the agreement in force and its clock, the
 * events up to the moment asked (corrected and retracted ones left out, in the order they
 * happened), the disputes of each event, the releases counted under the policy, the extension days
 * agreed per phase, and the compliant timeline with those extensions.
 */
public final class Replay {
  final Agreement agreement;
  final String version;
  final Entry inForce;

  /** The entry into force the days count from: {@link #inForce}, or what it amends. */
  final Entry origin;

  final Clock clock;
  final LocalDateTime at;
  final long today;
  final CountingPolicy policy;
  final List<Entry> events;
  final List<Entry> releases;
  final Map<String, List<Entry>> disputesOf;
  final List<Counted> counted;
  final DailyCounts daily;

  /** The releases whose count was not reported, counted as releases (not units): Unreported. */
  final DailyCounts unreported;

  final Map<String, List<Entry>> extensionsOf;
  final RecordedFacts recorded;
  final Timeline timeline;
  private final Function<String, List<String>> releasesIn;
  // The suspensions and terminations with the rights read on them: the standing, the deviations
  // and the status all list them, and reading a right may replay the findings, so once.
  private List<Suspensions.Act> acts;

  public Replay(
      Agreement agreement,
      String version,
      Entry inForce,
      Entry origin,
      LocalDateTime daysFrom,
      List<Entry> entries,
      LocalDateTime at,
      CountingPolicy policy,
      Function<String, List<String>> releasesIn) {
    this.releasesIn = releasesIn;
    this.agreement = agreement;
    this.version = version;
    this.inForce = inForce;
    this.origin = origin;
    this.clock = new Clock(daysFrom, agreement.metadata().zone().orElse(ZoneOffset.UTC));
    this.at = at;
    this.today = clock.dayOf(at);
    this.policy = policy;
    this.events = events(entries);
    this.releases =
        events.stream()
            .filter(e -> e.kind() == EntryKind.RELEASE || e.kind() == EntryKind.REMAINS)
            .toList();
    this.disputesOf = new LinkedHashMap<>();
    for (Entry e : events) {
      if (e.body() instanceof Event.Dispute d) {
        disputesOf.computeIfAbsent(d.disputes(), k -> new ArrayList<>()).add(e);
      }
    }
    this.counted = Counted.of(releases, disputesOf, policy, clock);
    this.daily = new DailyCounts(counted, agreement.holdings());
    this.unreported = Unreported.daily(counted, agreement.holdings());
    this.extensionsOf = new LinkedHashMap<>();
    this.recorded = new RecordedFacts(events, clock, daily, agreement.holdings());
    this.timeline = extendedTimeline();
  }

  /** The same replay under {@code other}: only what the policy counts is counted again. */
  private Replay(Replay same, CountingPolicy other) {
    this.releasesIn = same.releasesIn;
    this.agreement = same.agreement;
    this.version = same.version;
    this.inForce = same.inForce;
    this.origin = same.origin;
    this.clock = same.clock;
    this.at = same.at;
    this.today = same.today;
    this.policy = other;
    this.events = same.events;
    this.releases = same.releases;
    this.disputesOf = same.disputesOf;
    this.counted = Counted.of(releases, disputesOf, other, clock);
    this.daily = new DailyCounts(counted, agreement.holdings());
    this.unreported = Unreported.daily(counted, agreement.holdings());
    this.extensionsOf = same.extensionsOf; // the extensions agreed do not depend on counting
    // The conditions of the text read the releases counted, which depend on counting.
    this.recorded = new RecordedFacts(events, clock, daily, agreement.holdings());
    this.timeline =
        TimelineBuilder.build(agreement, same.timeline.options().withRecorded(recorded));
  }

  /** The suspensions and terminations recorded, read once ({@link Suspensions#read}). */
  List<Suspensions.Act> acts() {
    if (acts == null) {
      acts = Suspensions.read(this);
    }
    return acts;
  }

  /** The same dossier replayed from {@code entries} as of an earlier {@code moment}. */
  Replay asOf(List<Entry> entries, LocalDateTime moment) {
    return new Replay(
        agreement, version, inForce, origin, clock.start(), entries, moment, policy, releasesIn);
  }

  /** This replay under another counting policy, sharing the events and the extensions agreed. */
  public Replay under(CountingPolicy other) {
    return new Replay(this, other);
  }

  /** The moment of entry into force: the entry's hour, else the version's own, else midnight. */
  public static LocalDateTime start(Agreement agreement, Entry inForce) {
    Event.InForce body = (Event.InForce) inForce.body();
    LocalTime hour =
        body.at().or(() -> agreement.metadata().startTime()).orElse(LocalTime.MIDNIGHT);
    return inForce.date().atTime(hour);
  }

  /**
   * The events from the entry into force up to {@code at}, in the order they happened (by moment,
   * then as recorded), without the entries corrected or retracted.
   */
  private List<Entry> events(List<Entry> entries) {
    Map<String, String> ended = Corrections.endedBy(entries);
    record Timed(LocalDateTime moment, Entry entry) {}
    List<Timed> timed = new ArrayList<>();
    for (Entry e : entries) {
      if (e.kind().isEvent() && !ended.containsKey(e.id())) {
        LocalDateTime moment = InForce.moment(e);
        if (!moment.isAfter(at) && clock.dayOf(e) >= 1) {
          timed.add(new Timed(moment, e));
        }
      }
    }
    timed.sort(Comparator.comparing(Timed::moment)); // stable: ties keep the recorded order
    return timed.stream().map(Timed::entry).toList();
  }

  /**
   * The timeline with the extension days agreed so far, its conditions read over the recorded facts
   * (phases begin when their entry holds in what happened). Each extension is of the phase its
   * clause belongs to, or else of the phase in force on its day.
   */
  private Timeline extendedTimeline() {
    TimelineOptions options = TimelineOptions.defaults().withRecorded(recorded);
    Timeline timeline = null; // built when an extension names no clause, and at the end
    for (Entry e : events) {
      if (e.body() instanceof Event.Extension x) {
        Optional<String> phase = x.clause().flatMap(this::phaseOfClause);
        if (phase.isEmpty()) {
          if (timeline == null) {
            timeline = TimelineBuilder.build(agreement, options);
          }
          phase = phaseOn(timeline, clock.dayOf(e)).map(Timeline.PhaseRun::name);
        }
        if (phase.isPresent()) {
          extensionsOf.computeIfAbsent(phase.get(), k -> new ArrayList<>()).add(e);
          options = options.extend(phase.get(), x.days());
          timeline = null;
        }
      }
    }
    return timeline != null ? timeline : TimelineBuilder.build(agreement, options);
  }

  /** The phase whose text holds the clause named {@code name} (by id or label). */
  Optional<String> phaseOfClause(String name) {
    for (Phase phase : agreement.phases()) {
      if (names(phase.ref(), name)
          || phase.clauses().stream().anyMatch(c -> names(c.ref(), name))) {
        return Optional.of(phase.name());
      }
    }
    return Optional.empty();
  }

  static boolean names(ClauseRef ref, String name) {
    return ref.id().filter(name::equals).isPresent()
        || ref.label().filter(name::equals).isPresent();
  }

  /** The phase in force on {@code day}, or else the last one that began before it. */
  static Optional<Timeline.PhaseRun> phaseOn(Timeline timeline, long day) {
    return timeline.phases().stream().filter(p -> p.startDay() <= day).reduce((a, b) -> b);
  }

  /** The last day of {@code run} that is over or under way: its end, or today. */
  long lastDayOf(Timeline.PhaseRun run) {
    return Math.min(run.endDay().orElse(today), today);
  }

  /**
   * What the latest of {@code disputes} that gives a figure says of it: each dispute replaces the
   * figure for the readings that take disputes into account.
   */
  static <T> Optional<T> latest(List<Entry> disputes, Function<Event.Dispute, Optional<T>> figure) {
    Optional<T> value = Optional.empty();
    for (Entry d : disputes) {
      Optional<T> given = figure.apply((Event.Dispute) d.body());
      if (given.isPresent()) {
        value = given;
      }
    }
    return value;
  }

  /**
   * The ids a line cites for {@code entries}: each as recorded, a sum of releases that a stored
   * ledger read as one ({@link org.truce.ledger.Ledger#releasesIn}) as the releases in it.
   */
  List<String> cite(List<Entry> entries) {
    return entries.stream().flatMap(e -> releasesIn.apply(e.id()).stream()).toList();
  }

  /** The phase named {@code name}. */
  Phase phase(String name) {
    return agreement.phases().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
