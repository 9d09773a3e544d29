package org.truce.monitor.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.model.Category;
import org.truce.monitor.CountingPolicy;

/**
 * One release as it counts toward quotas and ratios under a counting policy: who, what (of which
 * kind of release), how many, and the day of the agreement it counts on.
 */
public record Counted(
    String party, String kind, Category category, long day, long count, String entry) {

  /**
   * The releases of {@code releases} that count under {@code policy}, each on its day. Under {@link
   * CountingPolicy#LIST} a release counts when its first report counts it in the deal, on its own
   * day. Under {@link CountingPolicy#CREDITED} the latest dispute that says whether it is counted,
   * or toward which day, is taken instead, where there is one.
   */
  static List<Counted> of(
      List<Entry> releases,
      Map<String, List<Entry>> disputesOf,
      CountingPolicy policy,
      Clock clock) {
    return releases.stream()
        .flatMap(
            e -> counted(e, disputesOf.getOrDefault(e.id(), List.of()), policy, clock).stream())
        .toList();
  }

  private static Optional<Counted> counted(
      Entry entry, List<Entry> disputes, CountingPolicy policy, Clock clock) {
    Event.Release release = (Event.Release) entry.body();
    Event.Counted counted = release.counted();
    Optional<java.time.LocalDate> toward = Optional.empty();
    if (policy == CountingPolicy.CREDITED) {
      counted = Replay.latest(disputes, Event.Dispute::counted).orElse(counted);
      toward = Replay.latest(disputes, Event.Dispute::countedToward).or(release::countedToward);
    }
    if (counted != Event.Counted.IN_DEAL) {
      return Optional.empty();
    }
    // A day counted toward before the agreement's first is no day of it: the release's own then.
    long day = toward.map(clock::dayOf).filter(d -> d >= 1).orElseGet(() -> clock.dayOf(entry));
    return Optional.of(
        new Counted(
            release.by(),
            Tallies.kindOf(release),
            new Category(release.category()),
            day,
            release.count(),
            entry.id()));
  }
}
