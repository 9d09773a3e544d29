package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.source.Span;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.syntax.HeaderField;
import org.truce.syntax.Item;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.TalkState;

/** A valid tree lowers to exactly the expected model, with a source map entry per clause. */
class LoweringTest {
  private final Trees t = new Trees();

  @Test
  void aValidTreeLowersToTheExpectedAgreement() {
    t.field(new HeaderField.Version(t.text("2024-05-31"), t.span()))
        .field(t.dated("2024-05-31"))
        .field(new HeaderField.TabledBy(t.name("israel"), List.of(t.name("qatar")), t.span()));
    Clause.Release release =
        t.release("hamas", 33, "hostage.living.civilian", t.batches(6, t.weeks(1), null));
    Item releaseItem = t.tagged("1.1", null, release);
    Item stageOne =
        t.tagged(
            "1",
            "Cease-fire",
            t.phaseLasting(
                "one",
                t.weeks(6),
                null,
                t.item(t.paused()),
                releaseItem,
                t.item(t.exchange("israel", 30, "prisoner", "hostage.living.civilian", "hamas")),
                t.item(t.talks("two", 16)),
                t.item(
                    t.extendWhile(
                        t.days(1), t.talksAre(null, TalkState.PROGRESSING, "israel"), null))));
    Item stageTwo =
        t.item(
            t.phase(
                "two",
                null,
                t.when(
                    t.and(
                        t.phaseIs("one", PhaseState.ENDED),
                        t.talksAre("two", TalkState.AGREED, null))),
                t.item(t.hostilities(HostilityState.ENDED)),
                t.item(t.releaseAll("hamas", "hostage.living"))));
    Item right =
        t.tagged(
            "4.1",
            null,
            t.right(
                "israel",
                RightAction.RESUME_HOSTILITIES,
                t.and(
                    t.phaseIs("one", PhaseState.ENDED),
                    t.not(t.talksAre("two", TalkState.AGREED, null)))));
    List<Item> items =
        List.of(
            t.item(t.party("israel")),
            t.item(t.party("hamas")),
            t.item(t.actor("qatar", Role.MEDIATOR)),
            t.item(t.held("hamas", "hostage.living.civilian", 50, "hostage.living.soldier", 15)),
            t.item(t.held("israel", "prisoner", 4000)),
            t.item(t.interest("hamas", t.hostilitiesAre(HostilityState.ENDED))),
            t.item(t.interest("israel", t.allReleased("hostage.living", "hamas"))),
            stageOne,
            stageTwo,
            right,
            t.item(t.concludes(t.phaseIs("two", PhaseState.ENDED))));
    ModelResult result = t.build(items.toArray(Item[]::new));
    assertThat(result.diagnostics()).isEmpty();

    ClauseRef none = ClauseRef.NONE;
    Condition talksAgreed = new Condition.TalksAre("two", TalkState.AGREED, Optional.empty());
    Condition oneEnded = new Condition.PhaseIs("one", PhaseState.ENDED);
    Agreement expected =
        new Agreement(
            new Metadata(
                "Test",
                Optional.of("2024-05-31"),
                Optional.of(java.time.LocalDate.of(2024, 5, 31)),
                Optional.of("israel"),
                List.of("qatar"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            List.of(
                new Actor(none, "israel", "ISRAEL", List.of(Role.PARTY)),
                new Actor(none, "hamas", "HAMAS", List.of(Role.PARTY)),
                new Actor(none, "qatar", "QATAR", List.of(Role.MEDIATOR))),
            List.of(
                new Holdings(
                    none,
                    "hamas",
                    List.of(
                        new Holdings.Entry(
                            new Category("hostage.living.civilian"),
                            Bound.EXACTLY,
                            50,
                            Optional.empty()),
                        new Holdings.Entry(
                            new Category("hostage.living.soldier"),
                            Bound.EXACTLY,
                            15,
                            Optional.empty()))),
                new Holdings(
                    none,
                    "israel",
                    List.of(
                        new Holdings.Entry(
                            new Category("prisoner"), Bound.EXACTLY, 4000, Optional.empty())))),
            List.of(
                new Interest(none, "hamas", new Condition.HostilitiesAre(HostilityState.ENDED)),
                new Interest(
                    none,
                    "israel",
                    new Condition.AllReleased(
                        new Category("hostage.living"), Optional.of("hamas")))),
            List.of(
                new Phase(
                    new ClauseRef(Optional.of("1"), Optional.of("Cease-fire")),
                    "one",
                    Optional.empty(),
                    Optional.of(42L),
                    new Phase.Entry.OnDay(1),
                    Optional.empty(),
                    List.of(
                        new PhaseClause.Hostilities(none, HostilityState.PAUSED),
                        new PhaseClause.Release(
                            new ClauseRef(Optional.of("1.1"), Optional.empty()),
                            "hamas",
                            Optional.of(33L),
                            new Category("hostage.living.civilian"),
                            Optional.of(new Schedule.Batches(6, 7, 1))),
                        new PhaseClause.Exchange(
                            none,
                            "israel",
                            30,
                            new Category("prisoner"),
                            new Category("hostage.living.civilian"),
                            Optional.of("hamas"),
                            0),
                        new PhaseClause.Talks(none, "two", 16),
                        new PhaseClause.Extension(
                            none,
                            1,
                            new PhaseClause.Extension.Trigger.While(
                                new Condition.TalksAre(
                                    "two", TalkState.PROGRESSING, Optional.of("israel"))),
                            Optional.empty()))),
                new Phase(
                    none,
                    "two",
                    Optional.empty(),
                    Optional.empty(),
                    new Phase.Entry.When(new Condition.And(oneEnded, talksAgreed)),
                    Optional.empty(),
                    List.of(
                        new PhaseClause.Hostilities(none, HostilityState.ENDED),
                        new PhaseClause.Release(
                            none,
                            "hamas",
                            Optional.empty(),
                            new Category("hostage.living"),
                            Optional.empty())))),
            List.of(
                new PhaseClause.Right(
                    new ClauseRef(Optional.of("4.1"), Optional.empty()),
                    "israel",
                    RightAction.RESUME_HOSTILITIES,
                    Optional.of(new Condition.And(oneEnded, new Condition.Not(talksAgreed))))),
            List.of(),
            List.of(),
            Optional.of(new Conclusion(none, new Condition.PhaseIs("two", PhaseState.ENDED))));
    assertThat(result.agreement()).contains(expected);

    Agreement agreement = result.agreement().orElseThrow();
    SourceMap map = result.sourceMap().orElseThrow();
    assertThat(map.spanOf(agreement.phases().getFirst())).contains(stageOne.span());
    assertThat(map.spanOf(agreement.phases().getFirst().clauses().get(1)))
        .contains(releaseItem.span());
    assertThat(map.spanOf(agreement.rights().getFirst())).contains(right.span());
    for (Phase phase : agreement.phases()) {
      for (PhaseClause clause : phase.clauses()) {
        assertThat(map.spanOf(clause)).as("span of %s", clause).isPresent();
      }
    }
    for (Object element :
        List.of(
            agreement.actors().get(2),
            agreement.holdings().get(1),
            agreement.interests().get(1),
            agreement.conclusion().orElseThrow())) {
      assertThat(map.spanOf(element)).as("span of %s", element).isPresent();
    }
  }

  @Test
  void equalClausesAtDifferentPlacesHaveTheirOwnSpans() {
    Clause.Hostilities first = t.paused();
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 4L, null, t.item(first))),
            t.item(t.phase("two", 4L, t.after("one"), t.item(t.paused()))));
    Agreement agreement = result.agreement().orElseThrow();
    PhaseClause a = agreement.phases().get(0).clauses().get(0);
    PhaseClause b = agreement.phases().get(1).clauses().get(0);
    assertThat(a).isEqualTo(b);
    SourceMap map = result.sourceMap().orElseThrow();
    assertThat(map.spanOf(a)).contains(first.span());
    assertThat(map.spanOf(b)).isNotEqualTo(map.spanOf(a));
  }

  @Test
  void aTreeWithErrorsGivesNoModelButEveryDiagnosticInSourceOrder() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 4L, null, t.item(t.release("nobody", 1, "x", null)))),
            t.item(t.phase("two", 4L, null)));
    assertThat(result.agreement()).isEmpty();
    assertThat(result.sourceMap()).isEmpty();
    List<Integer> offsets = result.diagnostics().stream().map(d -> d.span().offset()).toList();
    assertThat(offsets).isSorted();
    assertThat(result.diagnostics()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aMissingTreeGivesTheParserDiagnosticsOnly() {
    var parsed =
        new org.truce.syntax.ParseResult(
            new org.truce.source.SourceText("x.truce", "oops"),
            Optional.empty(),
            List.of(),
            List.of(
                org.truce.source.Diagnostic.of(
                    org.truce.source.DiagnosticCode.MISSING_HEADER, Span.NONE, "`oops`")));
    ModelResult result = ModelBuilder.build(parsed);
    assertThat(result.agreement()).isEmpty();
    assertThat(result.diagnostics()).isEqualTo(parsed.diagnostics());
  }

  @Test
  void aTreeWithSyntaxErrorsGetsOnlyThose() {
    // the undeclared party would be E201, but a recovered tree may lack the declaration
    var good = t.parse(t.item(t.phase("one", 4L, null, t.item(t.release("x", 1, "y", null)))));
    var syntaxError =
        org.truce.source.Diagnostic.of(
            org.truce.source.DiagnosticCode.EXPECTED, new Span(3, 1), "`{`", "`hostilities`");
    var parsed =
        new org.truce.syntax.ParseResult(
            good.source(), good.tree(), List.of(), List.of(syntaxError));
    ModelResult result = ModelBuilder.build(parsed);
    assertThat(result.diagnostics()).containsExactly(syntaxError);
    assertThat(result.agreement()).isEmpty();
  }

  @Test
  void conditionsUseTheirOwnExpressionTypes() {
    Expr cond = t.cmp(t.released("hostage", null), CompareOp.GREATER_OR_EQUAL, t.num(2));
    ModelResult result =
        t.inWorld(t.item(t.phase("one", 4L, null, t.item(t.paused()))), t.item(t.concludes(cond)));
    Conclusion conclusion = result.agreement().orElseThrow().conclusion().orElseThrow();
    assertThat(result.sourceMap().orElseThrow().spanOf(conclusion.condition()))
        .contains(cond.span());
  }
}
