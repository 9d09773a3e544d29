package org.truce.model.json;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Conclusion;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;

/**
 * Hand-built models for the JSON tests. {@link #pause2023} is small (the golden file); {@link
 * #framework2024} uses every record, every kind and every optional field at least once, with
 * figures from /work/shared/scenarios (the 2024 ratios are an assumption, as the scenario says).
 */
final class Samples {
  private Samples() {}

  static final ClauseRef NONE = ClauseRef.NONE;

  static ClauseRef ref(String id) {
    return new ClauseRef(Optional.of(id), Optional.empty());
  }

  static ClauseRef ref(String id, String label) {
    return new ClauseRef(Optional.of(id), Optional.of(label));
  }

  static Category cat(String path) {
    return new Category(path);
  }

  static Actor party(String name, String fullName) {
    return new Actor(NONE, name, fullName, List.of(Role.PARTY));
  }

  /** The November 2023 humanitarian pause, as the Israeli cabinet decision stated its terms. */
  static Agreement pause2023() {
    Metadata metadata =
        new Metadata(
            "Humanitarian pause",
            Optional.of("cabinet decision"),
            Optional.of(LocalDate.of(2023, 11, 22)),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.of(LocalDate.of(2023, 11, 24)),
            Optional.of(LocalTime.of(7, 0)));
    List<Actor> actors =
        List.of(
            party("israel", "Israel"),
            party("hamas", "Hamas"),
            new Actor(NONE, "qatar", "Qatar", List.of(Role.MEDIATOR)));
    List<Holdings> holdings =
        List.of(
            new Holdings(
                NONE,
                "hamas",
                List.of(
                    new Holdings.Entry(
                        cat("hostage.woman_or_child"),
                        Bound.AT_LEAST,
                        80,
                        Optional.of("women and children")))),
            new Holdings(
                NONE,
                "israel",
                List.of(
                    new Holdings.Entry(
                        cat("prisoner.woman_or_minor"), Bound.AT_LEAST, 240, Optional.empty()))));
    Phase pause =
        new Phase(
            NONE,
            "pause",
            Optional.of("Humanitarian pause"),
            Optional.of(4L),
            new Phase.Entry.OnDay(1),
            Optional.empty(),
            List.of(
                new PhaseClause.Hostilities(NONE, HostilityState.PAUSED),
                new PhaseClause.Release(
                    ref("1", "First releases"),
                    "hamas",
                    Optional.of(50L),
                    cat("hostage.woman_or_child"),
                    Optional.of(new Schedule.ByDay(4))),
                new PhaseClause.Exchange(
                    ref("2"),
                    "israel",
                    3,
                    cat("prisoner.woman_or_minor"),
                    cat("hostage.woman_or_child"),
                    Optional.of("hamas"),
                    0),
                new PhaseClause.Extension(
                    ref("3", "Extension"),
                    1,
                    new PhaseClause.Extension.Trigger.PerReleases(
                        10, cat("hostage.woman_or_child"), Optional.of("hamas")),
                    Optional.empty())));
    List<Interest> interests =
        List.of(
            new Interest(
                NONE,
                "israel",
                new Condition.AllReleased(cat("hostage.woman_or_child"), Optional.of("hamas"))),
            new Interest(
                NONE,
                "hamas",
                new Condition.Compare(
                    new Figure.Released(cat("prisoner.woman_or_minor"), Optional.of("israel")),
                    CompareOp.GREATER_OR_EQUAL,
                    new Figure.Literal(150))));
    return new Agreement(
        metadata,
        actors,
        holdings,
        interests,
        List.of(pause),
        List.of(
            new PhaseClause.Right(
                NONE,
                "israel",
                RightAction.RESUME_HOSTILITIES,
                Optional.of(new Condition.PhaseIs("pause", PhaseState.ENDED)))),
        List.of(),
        List.of(),
        Optional.of(new Conclusion(NONE, new Condition.PhaseIs("pause", PhaseState.ENDED))));
  }

  /** The three-stage framework of May 2024, written to use every part of the model. */
  static Agreement framework2024() {
    return Framework2024Sample.agreement();
  }
}
