package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.syntax.Snippets.by;
import static org.truce.syntax.Snippets.category;
import static org.truce.syntax.Snippets.clause;
import static org.truce.syntax.Snippets.days;
import static org.truce.syntax.Snippets.hostilities;
import static org.truce.syntax.Snippets.name;
import static org.truce.syntax.Snippets.phase;
import static org.truce.syntax.Snippets.talks;
import static org.truce.syntax.Snippets.text;
import static org.truce.syntax.Snippets.weeks;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.source.Span;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;
import org.truce.vocabulary.TalkState;

/** One test per clause of the grammar: the tree each form gives. */
class ClauseParsingTest {
  private static final Span NONE = Span.NONE;

  @Test
  void actorWithOneOrSeveralRoles() {
    assertThat(clause("party israel \"Israel\""))
        .isEqualTo(new Clause.ActorDecl(List.of(Role.PARTY), name("israel"), text("Israel"), NONE));
    assertThat(clause("mediator, guarantor us \"United States\""))
        .isEqualTo(
            new Clause.ActorDecl(
                List.of(Role.MEDIATOR, Role.GUARANTOR), name("us"), text("United States"), NONE));
    assertThat(clause("endorser un \"United Nations\""))
        .extracting("roles")
        .isEqualTo(List.of(Role.ENDORSER));
  }

  @Test
  void holdingsWithQualifiedAmountsAndDescriptions() {
    Clause parsed =
        clause(
            "held by hamas {\n  hostage.living.civilian 50 \"women and children\"\n"
                + "  hostage.remains about 40; hostage.soldier at least 15 hostage.x at most 3\n}");
    assertThat(parsed)
        .isEqualTo(
            new Clause.Holdings(
                name("hamas"),
                List.of(
                    new Clause.Holding(
                        category("hostage.living.civilian"),
                        new Amount(Bound.EXACTLY, 50, NONE),
                        Optional.of(text("women and children")),
                        NONE),
                    new Clause.Holding(
                        category("hostage.remains"),
                        new Amount(Bound.ABOUT, 40, NONE),
                        Optional.empty(),
                        NONE),
                    new Clause.Holding(
                        category("hostage.soldier"),
                        new Amount(Bound.AT_LEAST, 15, NONE),
                        Optional.empty(),
                        NONE),
                    new Clause.Holding(
                        category("hostage.x"),
                        new Amount(Bound.AT_MOST, 3, NONE),
                        Optional.empty(),
                        NONE)),
                NONE));
    assertThat(clause("held by israel { }"))
        .isEqualTo(new Clause.Holdings(name("israel"), List.of(), NONE));
  }

  @Test
  void interest() {
    assertThat(clause("interest hamas: hostilities ended"))
        .isEqualTo(new Clause.Interest(name("hamas"), hostilities(HostilityState.ENDED), NONE));
  }

  @Test
  void phaseWithOptionsAndBody() {
    Clause parsed =
        clause(
            "phase two \"Calm\" lasts 6 weeks, begins after one, ends when talks agreed {\n"
                + "  hostilities paused\n  talks on three begin by day 16\n}");
    assertThat(parsed)
        .isEqualTo(
            new Clause.Phase(
                name("two"),
                Optional.of(text("Calm")),
                Optional.of(weeks(6)),
                Optional.of(new Clause.Begins.After(name("one"), NONE)),
                Optional.of(talks(TalkState.AGREED)),
                List.of(
                    new Item(
                        Optional.empty(),
                        new Clause.Hostilities(HostilityState.PAUSED, NONE),
                        NONE),
                    new Item(Optional.empty(), new Clause.Talks(name("three"), 16, NONE), NONE)),
                NONE));
  }

  @Test
  void phaseLastingIndefinitelyAndOtherBeginnings() {
    Clause.Phase indefinite =
        (Clause.Phase) clause("phase one lasts indefinitely, begins on day 3 { }");
    assertThat(indefinite.duration()).isEmpty();
    assertThat(indefinite.title()).isEmpty();
    assertThat(indefinite.begins()).contains(new Clause.Begins.OnDay(3, NONE));
    Clause.Phase when =
        (Clause.Phase) clause("phase one lasts 1 day, begins when phase zero ended {}");
    assertThat(when.duration()).contains(days(1));
    assertThat(when.begins())
        .contains(new Clause.Begins.When(phase("zero", PhaseState.ENDED), NONE));
  }

  @Test
  void releaseWithAndWithoutSchedule() {
    assertThat(clause("hamas releases 33 hostage.living.civilian, 3 every 7 days from day 1"))
        .isEqualTo(
            new Clause.Release(
                name("hamas"),
                new Clause.Quantity.Count(33, NONE),
                category("hostage.living.civilian"),
                Optional.of(new Schedule.Batches(3, days(7), Optional.of(1L), NONE)),
                NONE));
    assertThat(clause("hamas releases all remaining hostage.remains by day 42"))
        .isEqualTo(
            new Clause.Release(
                name("hamas"),
                new Clause.Quantity.AllRemaining(NONE),
                category("hostage.remains"),
                Optional.of(new Schedule.ByDay(42, NONE)),
                NONE));
    assertThat(clause("hamas releases 3 hostage"))
        .extracting("schedule")
        .isEqualTo(Optional.empty());
    assertThat(clause("hamas releases 3 hostage on day 5"))
        .extracting("schedule")
        .isEqualTo(Optional.of(new Schedule.OnDay(5, NONE)));
    assertThat(clause("hamas releases 3 hostage 1 every day"))
        .extracting("schedule")
        .isEqualTo(Optional.of(new Schedule.Batches(1, days(1), Optional.empty(), NONE)));
    assertThat(clause("hamas releases 6 hostage, 2 per week"))
        .extracting("schedule")
        .isEqualTo(Optional.of(new Schedule.Batches(2, weeks(1), Optional.empty(), NONE)));
  }

  @Test
  void exchangeRatio() {
    assertThat(
            clause(
                "israel releases 30 prisoner.general per hostage.living released by hamas within 1 day"))
        .isEqualTo(
            new Clause.Exchange(
                name("israel"),
                30,
                category("prisoner.general"),
                category("hostage.living"),
                by("hamas"),
                Optional.of(days(1)),
                NONE));
    assertThat(clause("israel releases 3 prisoner per hostage released"))
        .isEqualTo(
            new Clause.Exchange(
                name("israel"),
                3,
                category("prisoner"),
                category("hostage"),
                Optional.empty(),
                Optional.empty(),
                NONE));
  }

  @Test
  void deliveries() {
    assertThat(clause("israel allows 600 aid.truck per day"))
        .isEqualTo(
            new Clause.Delivery(
                name("israel"),
                DeliveryVerb.ALLOWS,
                600,
                category("aid.truck"),
                new Schedule.Batches(600, days(1), Optional.empty(), NONE),
                NONE));
    assertThat(clause("egypt delivers 200 fuel.truck, 50 every 2 days from day 3"))
        .isEqualTo(
            new Clause.Delivery(
                name("egypt"),
                DeliveryVerb.DELIVERS,
                200,
                category("fuel.truck"),
                new Schedule.Batches(50, days(2), Optional.of(3L), NONE),
                NONE));
  }

  @Test
  void withdrawalAndUndertaking() {
    assertThat(clause("israel withdraws from \"populated areas\" by day 22"))
        .isEqualTo(
            new Clause.Withdrawal(
                name("israel"), text("populated areas"), new Schedule.ByDay(22, NONE), NONE));
    assertThat(clause("israel undertakes \"no flights\""))
        .isEqualTo(
            new Clause.Undertaking(name("israel"), text("no flights"), Optional.empty(), NONE));
    assertThat(clause("israel undertakes \"no flights\" on day 2"))
        .extracting("deadline")
        .isEqualTo(Optional.of(new Schedule.OnDay(2, NONE)));
  }

  @Test
  void talksAndHostilities() {
    assertThat(clause("talks on two begin by day 16"))
        .isEqualTo(new Clause.Talks(name("two"), 16, NONE));
    assertThat(clause("hostilities active"))
        .isEqualTo(new Clause.Hostilities(HostilityState.ACTIVE, NONE));
  }

  @Test
  void extensions() {
    assertThat(clause("extends by 1 day per 10 additional hostage.civilian released by hamas"))
        .isEqualTo(
            new Clause.Extension(
                days(1),
                new Clause.ExtensionTrigger.PerReleases(
                    10, category("hostage.civilian"), by("hamas"), NONE),
                Optional.empty(),
                NONE));
    assertThat(clause("extends by 1 week while talks progressing, up to 14 days"))
        .isEqualTo(
            new Clause.Extension(
                weeks(1),
                new Clause.ExtensionTrigger.While(talks(TalkState.PROGRESSING), NONE),
                Optional.of(days(14)),
                NONE));
    assertThat(clause("extends by 2 days per 10 hostage released"))
        .extracting("trigger")
        .isEqualTo(
            new Clause.ExtensionTrigger.PerReleases(
                10, category("hostage"), Optional.empty(), NONE));
  }

  @Test
  void rights() {
    assertThat(clause("israel may resume hostilities when phase one ended"))
        .isEqualTo(
            new Clause.Right(
                name("israel"),
                RightAction.RESUME_HOSTILITIES,
                Optional.of(phase("one", PhaseState.ENDED)),
                NONE));
    assertThat(clause("hamas may suspend obligations"))
        .extracting("action")
        .isEqualTo(RightAction.SUSPEND_OBLIGATIONS);
    assertThat(clause("hamas may terminate agreement"))
        .extracting("action")
        .isEqualTo(RightAction.TERMINATE_AGREEMENT);
  }

  @Test
  void assurances() {
    assertThat(clause("qatar, egypt, us ensure hostilities paused until talks agreed"))
        .isEqualTo(
            new Clause.Assurance(
                List.of(name("qatar"), name("egypt"), name("us")),
                hostilities(HostilityState.PAUSED),
                Optional.of(
                    new Clause.AssuranceScope(ScopeKind.UNTIL, talks(TalkState.AGREED), NONE)),
                NONE));
    assertThat(clause("us ensures hostilities paused"))
        .isEqualTo(
            new Clause.Assurance(
                List.of(name("us")), hostilities(HostilityState.PAUSED), Optional.empty(), NONE));
    assertThat(clause("us ensures hostilities paused while phase one active"))
        .extracting("scope")
        .isEqualTo(
            Optional.of(
                new Clause.AssuranceScope(ScopeKind.WHILE, phase("one", PhaseState.ACTIVE), NONE)));
  }

  @Test
  void requirementsAndConclusion() {
    assertThat(clause("require eventually phase two begun within 60 days"))
        .isEqualTo(
            new Clause.Requirement(
                RequirementKind.EVENTUALLY,
                phase("two", PhaseState.BEGUN),
                Optional.of(days(60)),
                NONE));
    assertThat(clause("require never hostilities active"))
        .extracting("kind")
        .isEqualTo(RequirementKind.NEVER);
    assertThat(clause("concludes when phase three ended"))
        .isEqualTo(new Clause.Concludes(phase("three", PhaseState.ENDED), NONE));
  }

  @Test
  void tagsWithIdsAndLabels() {
    ParseResult result =
        Snippets.parse(
            Snippets.HEADER
                + "[4.1 \"First release\"] hostilities paused\n[phase_one.a] hostilities ended");
    assertThat(result.diagnostics()).isEmpty();
    List<Item> items = SyntaxTrees.stripSpans(result.tree().orElseThrow().items());
    assertThat(items.get(0).tag())
        .contains(new Tag("4.1", Optional.of(text("First release")), NONE));
    assertThat(items.get(1).tag()).contains(new Tag("phase_one.a", Optional.empty(), NONE));
  }

  @Test
  void semicolonsSeparateClausesOnOneLine() {
    ParseResult result =
        Snippets.parse(Snippets.HEADER + "party a \"A\"; party b \"B\";; hostilities paused;");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.tree().orElseThrow().items()).hasSize(3);
  }

  @Test
  void clausesMayBeAnywhere() {
    // Placement is the model's concern (E117): the parser accepts a body clause at the top level
    // and a top-level clause in a phase body.
    ParseResult result =
        Snippets.parse(
            Snippets.HEADER
                + "hostilities paused\nphase one lasts 1 day { party x \"X\"\n phase two lasts 1 day {} }");
    assertThat(result.diagnostics()).isEmpty();
    Clause.Phase one = (Clause.Phase) result.tree().orElseThrow().items().get(1).clause();
    assertThat(one.body())
        .extracting(item -> item.clause().getClass().getSimpleName())
        .containsExactly("ActorDecl", "Phase");
  }
}
