package org.truce.timeline.internal;

import java.util.Optional;
import org.truce.model.ConditionEvaluator;
import org.truce.model.ConditionText;
import org.truce.model.Lapse;
import org.truce.timeline.Timeline.Ending;
import org.truce.timeline.Timeline.EndingKind;

/**
 * The lapse clause in the timeline (docs/semantics.md, step 10): read at the end of each day, after
 * the phases; a run whose phases have all ended that day concludes rather than lapses. A sunset
 * ({@code lapses on day N}) keeps the timeline going to day N even when nothing else would change,
 * so that the lapse day is shown.
 */
final class Lapses {
  private final World world;
  private final Optional<Lapse> lapse;

  Lapses(World world) {
    this.world = world;
    this.lapse = world.agreement.lapse();
  }

  /**
   * Why the timeline stops after {@code day}, given what it would otherwise say ({@code other}).
   */
  Ending ending(long day, Ending other) {
    if (lapse.isEmpty() || (other != null && other.kind() == EndingKind.COMPLETE)) {
      return other;
    }
    Lapse l = lapse.get();
    if (ConditionEvaluator.holds(l.trigger(), world.view(day, day))) {
      return new Ending(EndingKind.LAPSED, day, Optional.empty(), reason(l, day));
    }
    boolean sunsetAhead = l.onDay().filter(n -> n > day).isPresent();
    return sunsetAhead && other != null && other.kind() != EndingKind.HORIZON ? null : other;
  }

  private static String reason(Lapse l, long day) {
    String why =
        l.onDay().isEmpty()
            ? ", because " + ConditionText.of(l.condition().orElseThrow())
            : l.condition().map(c -> ", because not " + ConditionText.of(c)).orElse("");
    return "the agreement lapses on day " + day + why + ": it binds no one any more";
  }
}
