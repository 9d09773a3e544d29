package org.truce.model.json.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * The {@code "kind"} names of every sealed hierarchy of the model. These names are the format
 * (docs/json.md, docs/agreement.schema.json): renaming a Java record must not change them, so they
 * are listed here by hand rather than derived from class names.
 */
public final class Kinds {
  /** One sealed hierarchy: what users call it, and its kinds in documentation order. */
  public record Hierarchy(Class<?> base, String description, Map<String, Class<?>> kinds) {
    public Hierarchy {
      kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    public List<String> names() {
      return List.copyOf(kinds.keySet());
    }
  }

  public static final List<Hierarchy> ALL =
      List.of(
          hierarchy(
              PhaseClause.class,
              "clause",
              "hostilities",
              PhaseClause.Hostilities.class,
              "release",
              PhaseClause.Release.class,
              "exchange",
              PhaseClause.Exchange.class,
              "order",
              PhaseClause.Order.class,
              "delivery",
              PhaseClause.Delivery.class,
              "withdrawal",
              PhaseClause.Withdrawal.class,
              "undertaking",
              PhaseClause.Undertaking.class,
              "talks",
              PhaseClause.Talks.class,
              "extension",
              PhaseClause.Extension.class,
              "right",
              PhaseClause.Right.class,
              "assurance",
              PhaseClause.Assurance.class),
          hierarchy(
              Condition.class,
              "condition",
              "and",
              Condition.And.class,
              "or",
              Condition.Or.class,
              "not",
              Condition.Not.class,
              "compare",
              Condition.Compare.class,
              "constant",
              Condition.Constant.class,
              "hostilities-are",
              Condition.HostilitiesAre.class,
              "talks-are",
              Condition.TalksAre.class,
              "phase-is",
              Condition.PhaseIs.class,
              "all-released",
              Condition.AllReleased.class,
              "breached",
              Condition.Breached.class,
              "breach-confirmed",
              Condition.BreachConfirmed.class),
          hierarchy(
              Figure.class,
              "figure",
              "literal",
              Figure.Literal.class,
              "day",
              Figure.Day.class,
              "released",
              Figure.Released.class,
              "held",
              Figure.Held.class),
          hierarchy(
              Schedule.class,
              "schedule",
              "on-day",
              Schedule.OnDay.class,
              "by-day",
              Schedule.ByDay.class,
              "by-agreement-day",
              Schedule.ByAgreementDay.class,
              "batches",
              Schedule.Batches.class,
              "best-effort",
              Schedule.BestEffort.class,
              "window",
              Schedule.Window.class,
              "agreement-window",
              Schedule.AgreementWindow.class,
              "after",
              Schedule.After.class),
          hierarchy(
              Phase.Entry.class,
              "phase entry",
              "on-day",
              Phase.Entry.OnDay.class,
              "after",
              Phase.Entry.After.class,
              "when",
              Phase.Entry.When.class),
          hierarchy(
              PhaseClause.Extension.Trigger.class,
              "extension trigger",
              "per-releases",
              PhaseClause.Extension.Trigger.PerReleases.class,
              "while",
              PhaseClause.Extension.Trigger.While.class));

  private Kinds() {}

  /** The hierarchy {@code type} belongs to (as its base or as one of its kinds). */
  public static Optional<Hierarchy> of(Class<?> type) {
    return ALL.stream()
        .filter(h -> h.base().isAssignableFrom(type) || h.kinds().containsValue(type))
        .findFirst();
  }

  private static Hierarchy hierarchy(Class<?> base, String description, Object... pairs) {
    Map<String, Class<?>> kinds = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      kinds.put((String) pairs[i], (Class<?>) pairs[i + 1]);
    }
    return new Hierarchy(base, description, kinds);
  }
}
