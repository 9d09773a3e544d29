package org.truce.render;

import static org.truce.render.Fixtures.NONE;
import static org.truce.render.Fixtures.actor;
import static org.truce.render.Fixtures.allReleased;
import static org.truce.render.Fixtures.and;
import static org.truce.render.Fixtures.cat;
import static org.truce.render.Fixtures.day;
import static org.truce.render.Fixtures.entry;
import static org.truce.render.Fixtures.hostilities;
import static org.truce.render.Fixtures.label;
import static org.truce.render.Fixtures.literal;
import static org.truce.render.Fixtures.not;
import static org.truce.render.Fixtures.or;
import static org.truce.render.Fixtures.phase;
import static org.truce.render.Fixtures.phaseIs;
import static org.truce.render.Fixtures.tag;
import static org.truce.render.Fixtures.talks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Conclusion;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.Schedule;
import org.truce.model.SubQuota;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;
import org.truce.vocabulary.TalkState;

/**
 * Hand-built models for the golden tests. {@link #framework()} follows the shape of the 2024
 * three-stage framework (figures illustrative); {@link #everyClause()} uses every clause kind,
 * every schedule, every condition form and every optional part at least once.
 */
final class Models {
  private Models() {}

  static Agreement framework() {
    Metadata metadata =
        new Metadata(
            "Three-stage framework",
            Optional.of("2024-05-31"),
            Optional.of(LocalDate.of(2024, 5, 31)),
            Optional.of("israel"),
            List.of("qatar", "egypt", "us"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<Actor> actors =
        List.of(
            actor("israel", "Israel", Role.PARTY),
            actor("hamas", "Hamas", Role.PARTY),
            actor("qatar", "Qatar", Role.MEDIATOR),
            actor("egypt", "Egypt", Role.MEDIATOR),
            actor("us", "United States", Role.MEDIATOR),
            actor("unsc", "UN Security Council", Role.ENDORSER));
    List<Holdings> holdings =
        List.of(
            new Holdings(
                NONE,
                "hamas",
                List.of(
                    entry("hostage.living.civilian", Bound.ABOUT, 40, "women, elderly and wounded"),
                    entry("hostage.living.soldier", Bound.ABOUT, 40, null),
                    entry("hostage.remains", Bound.ABOUT, 40, null))),
            new Holdings(
                NONE, "israel", List.of(entry("prisoner.general", Bound.AT_LEAST, 4000, null))));
    Phase one =
        phase(
            "one",
            "Cease-fire and first exchange",
            42L,
            new Phase.Entry.OnDay(1),
            null,
            new PhaseClause.Hostilities(NONE, HostilityState.PAUSED),
            new PhaseClause.Release(
                tag("civilians", "Release of civilian hostages"),
                "hamas",
                Optional.of(33L),
                cat("hostage.living.civilian"),
                Optional.of(new Schedule.Batches(3, 3, 1))),
            new PhaseClause.Exchange(
                tag("ratio", null),
                "israel",
                30,
                cat("prisoner.general"),
                cat("hostage.living.civilian"),
                Optional.of("hamas"),
                0),
            new PhaseClause.Withdrawal(NONE, "israel", "populated areas", new Schedule.ByDay(22)),
            new PhaseClause.Delivery(
                label("Aid"),
                "israel",
                DeliveryVerb.ALLOWS,
                600,
                cat("aid.truck"),
                new Schedule.Batches(600, 1, 1),
                List.of(
                    new SubQuota(50, Optional.of(cat("aid.truck.fuel")), Optional.empty()),
                    new SubQuota(300, Optional.empty(), Optional.of("to the north")))),
            new PhaseClause.Talks(NONE, "two", 16),
            new PhaseClause.Extension(
                tag("truce.extension", "Extension while talks continue"),
                1,
                new PhaseClause.Extension.Trigger.While(
                    talks("two", TalkState.PROGRESSING, "israel")),
                Optional.empty()));
    Phase two =
        phase(
            "two",
            "Permanent calm",
            42L,
            new Phase.Entry.When(
                and(phaseIs("one", PhaseState.ENDED), talks("two", TalkState.AGREED, null))),
            null,
            new PhaseClause.Hostilities(NONE, HostilityState.ENDED),
            new PhaseClause.Release(
                NONE, "hamas", Optional.empty(), cat("hostage.living"), Optional.empty()),
            new PhaseClause.Withdrawal(NONE, "israel", "Gaza", new Schedule.ByDay(42)));
    Phase three =
        phase(
            "three",
            "Reconstruction",
            null,
            new Phase.Entry.After("two"),
            null,
            new PhaseClause.Release(
                NONE,
                "hamas",
                Optional.empty(),
                cat("hostage.remains"),
                Optional.of(new Schedule.ByDay(30))));
    return new Agreement(
        metadata,
        actors,
        holdings,
        List.of(
            new Interest(NONE, "hamas", hostilities(HostilityState.ENDED)),
            new Interest(NONE, "israel", allReleased("hostage.living", "hamas"))),
        List.of(one, two, three),
        List.of(
            new PhaseClause.Right(
                tag("4.1", "Resumption"),
                "israel",
                RightAction.RESUME_HOSTILITIES,
                Optional.of(
                    and(
                        phaseIs("one", PhaseState.ENDED),
                        not(talks("two", TalkState.AGREED, "israel")))))),
        List.of(),
        List.of(),
        Optional.of(
            new Conclusion(
                NONE, and(allReleased("hostage", "hamas"), hostilities(HostilityState.ENDED)))));
  }

  static Agreement everyClause() {
    Metadata metadata =
        new Metadata(
            "Every clause",
            Optional.of("draft 3"),
            Optional.of(LocalDate.of(2023, 11, 22)),
            Optional.of("alpha"),
            List.of("medi"),
            Optional.of("draft 2"),
            Optional.of(LocalDate.of(2023, 11, 24)),
            Optional.of(LocalTime.of(7, 0)));
    List<Actor> actors =
        List.of(
            actor("alpha", "Alpha", Role.PARTY),
            new Actor(tag("p.beta", "Second party"), "beta", "Beta", List.of(Role.PARTY)),
            actor("medi", "Mediator State", Role.MEDIATOR, Role.GUARANTOR),
            actor("guard", "Guarantor State", Role.GUARANTOR),
            actor("council", "Council", Role.ENDORSER));
    List<Holdings> holdings =
        List.of(
            new Holdings(
                tag("h.beta", "Held by beta"),
                "beta",
                List.of(
                    entry("hostage.civilian", Bound.EXACTLY, 50, null),
                    entry("hostage.soldier", Bound.AT_MOST, 20, null),
                    entry("hostage.remains", Bound.ABOUT, 10, null))),
            new Holdings(NONE, "alpha", List.of(entry("prisoner", Bound.AT_LEAST, 4000, null))));
    Phase pause =
        phase(
            "pause",
            "Pause",
            4L,
            new Phase.Entry.OnDay(1),
            allReleased("hostage.civilian", "beta"),
            new PhaseClause.Hostilities(NONE, HostilityState.PAUSED),
            new PhaseClause.Release(
                tag("1", "Civilians"),
                "beta",
                Optional.of(50L),
                cat("hostage.civilian"),
                Optional.of(new Schedule.Batches(12, 1, 1))),
            new PhaseClause.Exchange(
                NONE, "alpha", 3, cat("prisoner"), cat("hostage"), Optional.empty(), 1),
            new PhaseClause.Release(
                NONE,
                "alpha",
                Optional.of(4000L),
                cat("prisoner"),
                Optional.of(new Schedule.Batches(30, 1, 2))),
            new PhaseClause.Delivery(
                NONE,
                "medi",
                DeliveryVerb.DELIVERS,
                200,
                cat("fuel.tanker"),
                new Schedule.OnDay(2)),
            new PhaseClause.Undertaking(
                NONE, "alpha", "no flights over the south", Optional.empty()),
            new PhaseClause.Undertaking(
                NONE, "alpha", "the displaced may return north", Optional.of(2L), Optional.empty()),
            new PhaseClause.Undertaking(
                NONE, "beta", "list of names each evening", Optional.of(new Schedule.ByDay(1))),
            new PhaseClause.Extension(
                NONE,
                1,
                new PhaseClause.Extension.Trigger.PerReleases(
                    10, cat("hostage.civilian"), Optional.of("beta")),
                Optional.of(6L)),
            new PhaseClause.Extension(
                NONE,
                2,
                new PhaseClause.Extension.Trigger.PerReleases(5, cat("hostage"), Optional.empty()),
                Optional.empty()),
            new PhaseClause.Right(NONE, "beta", RightAction.SUSPEND_OBLIGATIONS, Optional.empty()),
            new PhaseClause.Assurance(
                NONE, List.of("guard"), hostilities(HostilityState.PAUSED), Optional.empty()),
            new PhaseClause.Order(
                tag("1.order", "Civilians first"),
                "beta",
                cat("hostage.civilian"),
                cat("hostage.soldier")));
    Phase talksPhase =
        phase(
            "talks",
            null,
            null,
            new Phase.Entry.After("pause"),
            talks("final", TalkState.AGREED, null),
            new PhaseClause.Hostilities(NONE, HostilityState.PAUSED),
            new PhaseClause.Talks(tag("t", null), "final", 10),
            new PhaseClause.Release(
                NONE,
                "beta",
                Optional.of(20L),
                cat("hostage.soldier"),
                Optional.of(new Schedule.Batches(4, 7, 1))),
            new PhaseClause.Release(
                NONE,
                "beta",
                Optional.of(5L),
                cat("hostage.remains"),
                Optional.of(new Schedule.OnDay(3))),
            new PhaseClause.Withdrawal(NONE, "alpha", "the | corridor", new Schedule.ByDay(5)));
    Phase fin =
        phase(
            "final",
            "Final status",
            null,
            new Phase.Entry.When(
                or(
                    talks("final", TalkState.AGREED, null),
                    and(
                        new Condition.Compare(day(), CompareOp.GREATER_OR_EQUAL, literal(60)),
                        not(talks("final", TalkState.STALLED, "alpha"))))),
            null,
            new PhaseClause.Hostilities(NONE, HostilityState.ENDED),
            new PhaseClause.Right(
                NONE,
                "alpha",
                RightAction.TERMINATE_AGREEMENT,
                Optional.of(
                    new Condition.Compare(
                        new Figure.Held(cat("hostage"), Optional.of("beta")),
                        CompareOp.GREATER,
                        literal(0)))));
    return new Agreement(
            metadata,
            actors,
            holdings,
            List.of(
                new Interest(label("Security"), "alpha", allReleased("hostage", null)),
                new Interest(
                    NONE,
                    "beta",
                    and(hostilities(HostilityState.ENDED), phaseIs("final", PhaseState.BEGUN)))),
            List.of(pause, talksPhase, fin),
            List.of(
                new PhaseClause.Right(
                    NONE,
                    "alpha",
                    RightAction.RESUME_HOSTILITIES,
                    Optional.of(
                        or(
                            new Condition.Compare(literal(20), CompareOp.LESS, day()),
                            talks("final", TalkState.STALLED, "alpha")))),
                new PhaseClause.Right(
                    NONE, "beta", RightAction.RESUME_HOSTILITIES, Optional.empty())),
            List.of(
                new PhaseClause.Assurance(
                    tag("A", "Guarantee"),
                    List.of("medi", "guard"),
                    hostilities(HostilityState.PAUSED),
                    Optional.of(
                        new PhaseClause.Assurance.Scope(
                            ScopeKind.UNTIL, talks("final", TalkState.AGREED, null)))),
                new PhaseClause.Assurance(
                    NONE,
                    List.of("medi"),
                    not(phaseIs("final", PhaseState.ACTIVE)),
                    Optional.of(
                        new PhaseClause.Assurance.Scope(
                            ScopeKind.WHILE, talks("final", TalkState.BEGUN, null))))),
            List.of(
                new Requirement(
                    NONE,
                    RequirementKind.ALWAYS,
                    new Condition.Compare(
                        new Figure.Released(cat("prisoner"), Optional.of("alpha")),
                        CompareOp.LESS_OR_EQUAL,
                        new Figure.Released(cat("hostage"), Optional.empty())),
                    Optional.empty()),
                new Requirement(
                    tag("R2", null),
                    RequirementKind.NEVER,
                    and(hostilities(HostilityState.ACTIVE), phaseIs("pause", PhaseState.ACTIVE)),
                    Optional.empty()),
                new Requirement(
                    NONE,
                    RequirementKind.EVENTUALLY,
                    not(or(new Condition.Constant(false), phaseIs("talks", PhaseState.ACTIVE))),
                    Optional.of(90L))),
            Optional.of(
                new Conclusion(tag("end", "Conclusion"), phaseIs("final", PhaseState.ENDED))))
        .withLapse(
            Optional.of(
                new org.truce.model.Lapse(
                    label("Sunset"),
                    Optional.of(60L),
                    Optional.of(talks("final", TalkState.AGREED, null)))));
  }
}
