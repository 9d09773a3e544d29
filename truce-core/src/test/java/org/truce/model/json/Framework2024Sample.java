package org.truce.model.json;

import static org.truce.model.json.Samples.NONE;
import static org.truce.model.json.Samples.cat;
import static org.truce.model.json.Samples.party;
import static org.truce.model.json.Samples.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Conclusion;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Instrument;
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
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.Pace;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RankRelation;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;
import org.truce.vocabulary.TalkState;

/**
 * The three-stage framework of May 2024, written to use every record, every kind and every optional
 * field of the model at least once, with figures from /work/shared/scenarios (the 2024 ratios are
 * an assumption, as the scenario says). Kept apart from {@link Samples} because it alone is some
 * 360 lines; tests reach it through {@link Samples#framework2024}.
 */
final class Framework2024Sample {
  private Framework2024Sample() {}

  static Agreement agreement() {
    Metadata metadata =
        new Metadata(
            "Three-stage framework",
            Optional.of("2024-05-31"),
            Optional.of(LocalDate.of(2024, 5, 31)),
            Optional.of("israel"),
            List.of("qatar", "egypt", "us"),
            Optional.of("November 2023 pause"),
            Optional.of(LocalDate.of(2024, 6, 10)),
            Optional.empty(),
            Optional.of(java.time.ZoneId.of("Asia/Gaza")));
    List<Actor> actors =
        List.of(
            new Actor(ref("a.1"), "israel", "Israel", List.of(Role.PARTY)),
            party("hamas", "Hamas"),
            new Actor(NONE, "qatar", "Qatar", List.of(Role.MEDIATOR, Role.GUARANTOR)),
            new Actor(NONE, "egypt", "Egypt", List.of(Role.MEDIATOR, Role.GUARANTOR)),
            new Actor(NONE, "us", "United States", List.of(Role.MEDIATOR, Role.GUARANTOR)),
            new Actor(NONE, "unsc", "UN Security Council", List.of(Role.ENDORSER)));
    List<Holdings> holdings =
        List.of(
            new Holdings(
                ref("h.1", "Hostages held"),
                "hamas",
                List.of(
                    new Holdings.Entry(
                        cat("hostage.living.civilian"),
                        Bound.ABOUT,
                        50,
                        Optional.of("women, elderly, wounded")),
                    new Holdings.Entry(
                        cat("hostage.living.soldier"), Bound.AT_LEAST, 15, Optional.empty()),
                    new Holdings.Entry(
                        cat("hostage.remains"), Bound.AT_MOST, 40, Optional.empty()))),
            new Holdings(
                NONE,
                "israel",
                List.of(
                    new Holdings.Entry(
                        cat("prisoner.general"), Bound.EXACTLY, 4000, Optional.empty()),
                    new Holdings.Entry(
                        cat("prisoner.life"), Bound.EXACTLY, 300, Optional.empty()))));
    List<Interest> interests =
        List.of(
            new Interest(ref("i.1"), "hamas", new Condition.HostilitiesAre(HostilityState.ENDED)),
            new Interest(
                NONE,
                "israel",
                new Condition.AllReleased(cat("hostage.living"), Optional.of("hamas"))));
    Condition talksProgressingJudged =
        new Condition.TalksAre("two", TalkState.PROGRESSING, Optional.of("israel"));
    Phase one =
        new Phase(
            ref("1", "Stage one"),
            "one",
            Optional.of("Cease-fire and first exchange"),
            Optional.of(42L),
            new Phase.Entry.OnDay(1),
            Optional.empty(),
            List.of(
                new PhaseClause.Hostilities(ref("1.1", "Cease-fire"), HostilityState.PAUSED),
                new PhaseClause.Release(
                    ref("1.2"),
                    "hamas",
                    Optional.of(33L),
                    cat("hostage.living.civilian"),
                    Optional.of(new Schedule.Batches(11, 14, 1))),
                new PhaseClause.Order(
                    ref("1.2.order"),
                    "hamas",
                    cat("hostage.living.civilian"),
                    cat("hostage.living.soldier")),
                new PhaseClause.Exchange(
                    NONE,
                    "israel",
                    30,
                    cat("prisoner.general"),
                    cat("hostage.living.civilian"),
                    Optional.of("hamas"),
                    1),
                new PhaseClause.Delivery(
                    NONE,
                    "israel",
                    DeliveryVerb.ALLOWS,
                    600,
                    cat("aid.truck"),
                    new Schedule.Batches(600, 1, 1),
                    List.of(
                        new SubQuota(50, Optional.of(cat("aid.truck.fuel")), Optional.empty()),
                        new SubQuota(300, Optional.empty(), Optional.of("to the north")))),
                new PhaseClause.Withdrawal(
                    NONE, "israel", "populated areas", new Schedule.ByDay(22)),
                new PhaseClause.Withdrawal(
                    NONE,
                    "israel",
                    "the border strip",
                    // the end of 29 June, 20 days after entry at 00:00 on 10 June: day 20
                    new Schedule.ByAgreementDay(
                        20,
                        Optional.of(
                            new org.truce.model.CalendarMoment(
                                LocalDate.of(2024, 6, 29), Optional.empty())))),
                new PhaseClause.Undertaking(
                    NONE, "israel", "civilians return to their homes", Optional.empty()),
                new PhaseClause.Undertaking(
                    NONE,
                    "israel",
                    "the displaced may return north",
                    Optional.of(5L),
                    Optional.of(new Schedule.ByDay(20))),
                new PhaseClause.Undertaking(
                    NONE,
                    "hamas",
                    "hand over through the Red Cross",
                    Optional.of(new Schedule.OnDay(1))),
                new PhaseClause.Talks(ref("1.3"), "two", 16),
                new PhaseClause.Extension(
                    NONE,
                    1,
                    new PhaseClause.Extension.Trigger.While(talksProgressingJudged),
                    Optional.of(14L)),
                new PhaseClause.Extension(
                    NONE,
                    1,
                    new PhaseClause.Extension.Trigger.PerReleases(
                        10, cat("hostage.living.civilian"), Optional.empty()),
                    Optional.empty()),
                new PhaseClause.Right(
                    ref("1.4", "Resumption"),
                    "israel",
                    RightAction.RESUME_HOSTILITIES,
                    Optional.of(
                        new Condition.Or(
                            new Condition.Not(talksProgressingJudged),
                            new Condition.Or(
                                new Condition.Breached("hamas", Optional.of("1.2")),
                                new Condition.BreachConfirmed("qatar", "hamas"))))),
                new PhaseClause.Assurance(
                    NONE,
                    List.of("qatar", "egypt"),
                    new Condition.HostilitiesAre(HostilityState.PAUSED),
                    Optional.of(
                        new PhaseClause.Assurance.Scope(
                            ScopeKind.WHILE,
                            new Condition.TalksAre("two", TalkState.BEGUN, Optional.empty()))))));
    Phase two =
        new Phase(
            NONE,
            "two",
            Optional.of("Permanent calm"),
            Optional.empty(),
            new Phase.Entry.When(
                new Condition.And(
                    new Condition.PhaseIs("one", PhaseState.ENDED),
                    new Condition.TalksAre("two", TalkState.AGREED, Optional.empty()))),
            Optional.of(new Condition.AllReleased(cat("hostage.living"), Optional.empty())),
            List.of(
                new PhaseClause.Hostilities(NONE, HostilityState.ENDED),
                new PhaseClause.Release(
                    NONE,
                    "hamas",
                    Optional.empty(),
                    cat("hostage.living.soldier"),
                    Optional.empty()),
                new PhaseClause.Delivery(
                    NONE,
                    "israel",
                    DeliveryVerb.DELIVERS,
                    50,
                    cat("aid.fuel"),
                    new Schedule.Batches(50, 7, 3))));
    Phase three =
        new Phase(
            NONE,
            "three",
            Optional.empty(),
            Optional.of(42L),
            new Phase.Entry.After("two"),
            Optional.empty(),
            List.of(
                new PhaseClause.Hostilities(NONE, HostilityState.ENDED),
                new PhaseClause.Release(
                    NONE,
                    "hamas",
                    Optional.of(5L),
                    cat("hostage.remains"),
                    Optional.of(new Schedule.BestEffort(Pace.AS_LOCATED, Optional.of(9L)))),
                new PhaseClause.Release(
                    NONE,
                    "hamas",
                    Optional.of(3L),
                    cat("hostage.remains"),
                    Optional.of(
                        new Schedule.BestEffort(Pace.AS_SOON_AS_POSSIBLE, Optional.empty()))),
                new PhaseClause.Release(
                    NONE,
                    "hamas",
                    Optional.of(2L),
                    cat("hostage.remains"),
                    Optional.of(new Schedule.Window(3, 8))),
                new PhaseClause.Release(
                    NONE,
                    "hamas",
                    Optional.of(1L),
                    cat("hostage.remains"),
                    Optional.of(new Schedule.AgreementWindow(4, 9))),
                new PhaseClause.Release(
                    NONE,
                    "hamas",
                    Optional.empty(),
                    cat("hostage.remains"),
                    Optional.of(new Schedule.OnDay(10))),
                // conditional releases (docs/semantics.md "Conditional releases")
                new PhaseClause.Release(
                    ref("3.6", "Life sentences"),
                    "israel",
                    Optional.empty(),
                    cat("prisoner.life"),
                    Optional.of(
                        new Schedule.After(3, "hamas", Optional.empty(), cat("hostage.remains")))),
                new PhaseClause.Release(
                    NONE,
                    "israel",
                    Optional.of(100L),
                    cat("prisoner.general"),
                    Optional.of(
                        new Schedule.After(2, "hamas", Optional.of(33L), cat("hostage.living"))))));
    List<PhaseClause.Right> rights =
        List.of(
            new PhaseClause.Right(
                NONE,
                "hamas",
                RightAction.SUSPEND_OBLIGATIONS,
                Optional.of(
                    new Condition.And(
                        new Condition.Compare(
                            new Figure.Released(cat("prisoner"), Optional.of("israel")),
                            CompareOp.LESS,
                            new Figure.Literal(10)),
                        new Condition.Compare(
                            new Figure.Day(), CompareOp.GREATER, new Figure.Literal(20))))),
            new PhaseClause.Right(
                ref("r.2").in(Optional.of("letter")),
                "israel",
                RightAction.TERMINATE_AGREEMENT,
                Optional.empty()));
    List<PhaseClause.Assurance> assurances =
        List.of(
            new PhaseClause.Assurance(
                ref("g.1", "Talks continue"),
                List.of("us"),
                new Condition.HostilitiesAre(HostilityState.PAUSED),
                Optional.of(
                    new PhaseClause.Assurance.Scope(
                        ScopeKind.UNTIL,
                        new Condition.TalksAre("two", TalkState.AGREED, Optional.empty())))),
            new PhaseClause.Assurance(
                NONE.in(Optional.of("annex")),
                List.of("qatar"),
                new Condition.Not(
                    new Condition.TalksAre("two", TalkState.STALLED, Optional.empty())),
                Optional.empty()));
    List<Requirement> requirements =
        List.of(
            new Requirement(
                ref("q.1"),
                RequirementKind.ALWAYS,
                new Condition.Or(
                    new Condition.Compare(
                        new Figure.Held(cat("hostage"), Optional.empty()),
                        CompareOp.GREATER_OR_EQUAL,
                        new Figure.Literal(0)),
                    new Condition.Constant(false)),
                Optional.empty()),
            new Requirement(
                NONE,
                RequirementKind.NEVER,
                new Condition.And(
                    new Condition.HostilitiesAre(HostilityState.ACTIVE),
                    new Condition.PhaseIs("one", PhaseState.ACTIVE)),
                Optional.empty()),
            new Requirement(
                NONE,
                RequirementKind.EVENTUALLY,
                new Condition.PhaseIs("three", PhaseState.BEGUN),
                Optional.of(200L)),
            new Requirement(
                NONE,
                RequirementKind.ALWAYS,
                new Condition.Or(
                    new Condition.Compare(
                        new Figure.Released(cat("prisoner.life"), Optional.empty()),
                        CompareOp.LESS_OR_EQUAL,
                        new Figure.Held(cat("prisoner"), Optional.of("israel"))),
                    new Condition.Or(
                        new Condition.Compare(
                            new Figure.Day(), CompareOp.NOT_EQUAL, new Figure.Literal(1)),
                        new Condition.Compare(
                            new Figure.Literal(1), CompareOp.EQUAL, new Figure.Day()))),
                Optional.empty()),
            new Requirement(
                NONE, RequirementKind.NEVER, new Condition.Constant(true), Optional.empty()));
    return new Agreement(
        metadata,
        actors,
        holdings,
        interests,
        List.of(one, two, three),
        rights,
        assurances,
        requirements,
        Optional.of(new Conclusion(ref("end"), new Condition.PhaseIs("three", PhaseState.ENDED))),
        Optional.of(
            new org.truce.model.Lapse(
                ref("sunset"),
                Optional.of(60L),
                Optional.of(new Condition.TalksAre("two", TalkState.AGREED, Optional.empty())))),
        List.of(
            new Instrument(
                ref("x.1"),
                "annex",
                "Maps",
                InstrumentKind.ANNEX,
                Optional.empty(),
                Optional.empty(),
                true,
                RankRelation.WITH,
                Optional.empty()),
            new Instrument(
                NONE,
                "letter",
                "Letter of assurances",
                InstrumentKind.SIDE_LETTER,
                Optional.of("us"),
                Optional.of("israel"),
                false,
                RankRelation.ABOVE,
                Optional.empty()),
            new Instrument(
                NONE,
                "statement",
                "Joint statement",
                InstrumentKind.JOINT_STATEMENT,
                Optional.empty(),
                Optional.empty(),
                true,
                RankRelation.BELOW,
                Optional.of("letter")),
            new Instrument(
                NONE,
                "plan",
                "Deployment plan",
                InstrumentKind.PLAN,
                Optional.empty(),
                Optional.empty(),
                true,
                RankRelation.WITH,
                Optional.of("annex"))));
  }
}
