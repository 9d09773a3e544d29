package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.codes;
import static org.truce.model.Trees.single;

import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.syntax.Expr;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.TalkState;

/** Names: declarations, references, suggestions, talks. */
class ResolutionTest {
  private final Trees t = new Trees();

  @Test
  void unknownPartyIsReportedAtTheNameWithSuggestions() {
    Clause.Release release = t.release("hamaz", 3, "hostage.living", null);
    Diagnostic d = single(t.inPhase(release));
    assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_PARTY);
    assertThat(d.span()).isEqualTo(release.party().span());
    assertThat(d.message()).isEqualTo("`hamaz` is not declared");
    assertThat(d.suggestions()).containsExactly("hamas");
  }

  @Test
  void unknownPhaseIsReportedWithSuggestions() {
    Expr cond = t.phaseIs("onee", PhaseState.ENDED);
    Diagnostic d = single(t.inPhase(t.right("israel", RightAction.RESUME_HOSTILITIES, cond)));
    assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_PHASE);
    assertThat(d.message()).isEqualTo("there is no phase `onee`");
    assertThat(d.suggestions()).containsExactly("one");
  }

  @Test
  void categoryNotHeldByTheReleasingPartyNamesTheHolderInTheHint() {
    Clause.Release release = t.release("hamas", 3, "hostage.living.civillian", null);
    Diagnostic d = single(t.inPhase(release));
    assertThat(d.code()).isEqualTo(DiagnosticCode.UNKNOWN_CATEGORY);
    assertThat(d.span()).isEqualTo(release.category().span());
    assertThat(d.message()).isEqualTo("`hamas` holds no `hostage.living.civillian`");
    assertThat(d.hint()).get().asString().contains("held by hamas");
    assertThat(d.suggestions()).containsExactly("hostage.living.civilian");
  }

  @Test
  void coarserAndFinerCategoriesThanTheHeldOnesAreValid() {
    ModelResult result =
        t.inPhase(
            t.release("hamas", 3, "hostage", null),
            t.release("hamas", 3, "hostage.living.civilian", null),
            t.right(
                "israel",
                RightAction.RESUME_HOSTILITIES,
                t.cmp(t.released("hostage.living", null), CompareOp.LESS, t.num(10))));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aCategoryBelowAHeldLineIsValid() {
    ModelResult result =
        t.build(
            t.item(t.party("a")),
            t.item(t.party("b")),
            t.item(t.held("a", "hostage", 10)),
            t.item(t.interest("a", t.bool(true))),
            t.item(t.interest("b", t.bool(true))),
            t.item(
                t.phase(
                    "one",
                    5L,
                    null,
                    t.item(t.paused()),
                    t.item(t.release("a", 2, "hostage.living.women", null)))));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void categoryWithoutHolderMustBeHeldBySomeone() {
    Expr released = t.released("prisoners", null);
    Diagnostic d =
        single(
            t.inPhase(
                t.right(
                    "israel",
                    RightAction.RESUME_HOSTILITIES,
                    t.cmp(released, CompareOp.GREATER, t.num(1)))));
    assertThat(d.code()).isEqualTo(DiagnosticCode.NOBODY_HOLDS);
    assertThat(d.message()).isEqualTo("no one holds any `prisoners`");
    assertThat(d.suggestions()).containsExactly("prisoner");
  }

  @Test
  void anActorDeclaredTwiceWithTheSameRolesPointsAtTheFirstLine() {
    Clause.ActorDecl first = t.party("israel");
    Clause.ActorDecl second = t.party("israel");
    ModelResult result =
        t.build(
            t.item(first),
            t.item(second),
            t.item(t.interest("israel", t.bool(true))),
            t.item(t.phase("one", 4L, null, t.item(t.paused()))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_NAME);
    assertThat(d.span()).isEqualTo(second.name().span());
    int firstLine = first.name().span().offset() + 1;
    assertThat(d.hint()).get().asString().contains("line " + firstLine);
  }

  @Test
  void twoDeclarationsWithDifferentRolesShowTheCombinedDeclaration() {
    ModelResult result =
        t.inWorld(
            t.item(t.actor("egypt", Role.MEDIATOR)),
            t.item(t.actor("egypt", Role.GUARANTOR)),
            t.item(t.phase("one", 4L, null, t.item(t.paused()))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.TWO_ROLES);
    assertThat(d.message())
        .isEqualTo("`egypt` is declared twice, as `mediator` and as `guarantor`");
    assertThat(d.hint())
        .contains("declare all its roles in one line: `mediator, guarantor egypt \"EGYPT\"`");
  }

  @Test
  void aPartyCannotAlsoBeAThirdParty() {
    assertThat(
            codes(
                t.inWorld(
                    t.item(t.actor("egypt", Role.PARTY, Role.MEDIATOR)),
                    t.item(t.interest("egypt", t.bool(true))),
                    t.item(t.phase("one", 4L, null, t.item(t.paused()))))))
        .containsExactly(DiagnosticCode.PARTY_ALSO_THIRD_PARTY);
    Trees u = new Trees();
    ModelResult split =
        u.inWorld(
            u.item(u.actor("qatar", Role.PARTY)),
            u.item(u.phase("one", 4L, null, u.item(u.paused()))));
    assertThat(single(split).message()).isEqualTo("`qatar` cannot be both a party and a mediator");
  }

  @Test
  void clauseIdsAreUniqueAcrossPhases() {
    ModelResult result =
        t.inWorld(
            t.tagged("1", null, t.phase("one", 4L, null, t.tagged("1.1", null, t.paused()))),
            t.tagged(
                "2",
                null,
                t.phase("two", 4L, t.after("one"), t.tagged("1.1", "again", t.paused()))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_CLAUSE_ID);
    assertThat(d.message()).isEqualTo("the clause id `1.1` is used twice");
  }

  @Test
  void holdingsLinesMayNeitherRepeatNorOverlap() {
    ModelResult result =
        t.inWorld(
            t.item(t.held("hamas", "hostage.remains", 2, "hostage.living", 3)),
            t.item(t.phase("one", 4L, null, t.item(t.paused()))));
    assertThat(codes(result))
        .containsExactly(DiagnosticCode.DUPLICATE_HOLDING, DiagnosticCode.OVERLAPPING_HOLDINGS);
    assertThat(result.diagnostics().get(1).message())
        .isEqualTo("`hostage.living` and `hostage.living.civilian` overlap under `held by hamas`");
  }

  @Test
  void talksWithoutOnMeanTheOnlyTalks() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 42L, null, t.item(t.paused()), t.item(t.talks("two", 16)))),
            t.item(
                t.phase(
                    "two",
                    42L,
                    t.when(t.talksAre(null, TalkState.AGREED, "israel")),
                    t.item(t.paused()))));
    assertThat(result.diagnostics()).isEmpty();
    Phase two = result.agreement().orElseThrow().phases().get(1);
    assertThat(two.entry())
        .isEqualTo(
            new Phase.Entry.When(
                new Condition.TalksAre("two", TalkState.AGREED, java.util.Optional.of("israel"))));
  }

  @Test
  void talksWithoutOnAreAmbiguousWhenSeveralAreDeclaredAndMissingWhenNone() {
    ModelResult several =
        t.inWorld(
            t.item(
                t.phase(
                    "one",
                    42L,
                    null,
                    t.item(t.paused()),
                    t.item(t.talks("two", 16)),
                    t.item(t.talks("three", 16)))),
            t.item(t.phase("two", 4L, t.after("one"), t.item(t.paused()))),
            t.item(
                t.phase(
                    "three",
                    4L,
                    t.when(t.talksAre(null, TalkState.AGREED, null)),
                    t.item(t.paused()))));
    Diagnostic d = single(several);
    assertThat(d.code()).isEqualTo(DiagnosticCode.AMBIGUOUS_TALKS);
    assertThat(d.hint()).contains("say which: `talks on two agreed`");

    Trees u = new Trees();
    ModelResult none =
        u.inPhase(
            u.right(
                "israel",
                RightAction.RESUME_HOSTILITIES,
                u.talksAre(null, TalkState.STALLED, null)));
    assertThat(codes(none)).containsExactly(DiagnosticCode.NO_TALKS);
  }

  @Test
  void talksOnAPhaseWithoutTalksAndDuplicateAndSelfTalks() {
    ModelResult result =
        t.inWorld(
            t.item(
                t.phase(
                    "one",
                    42L,
                    null,
                    t.item(t.paused()),
                    t.item(t.talks("one", 16)),
                    t.item(t.talks("one", 20)))),
            t.item(
                t.phase(
                    "two",
                    4L,
                    t.when(
                        t.and(
                            t.phaseIs("one", PhaseState.ENDED),
                            t.talksAre("two", TalkState.AGREED, null))),
                    t.item(t.paused()))));
    assertThat(codes(result))
        .containsExactly(
            DiagnosticCode.TALKS_ON_OWN_PHASE,
            DiagnosticCode.TALKS_ON_OWN_PHASE,
            DiagnosticCode.DUPLICATE_TALKS,
            DiagnosticCode.UNKNOWN_TALKS);
  }

  @Test
  void onlyPartiesActAndOnlyGuarantorsEnsure() {
    ModelResult result =
        t.inPhase(
            t.release("qatar", 3, "hostage", null),
            t.right(
                "israel",
                RightAction.RESUME_HOSTILITIES,
                t.cmp(t.heldExpr("hostage", "us"), CompareOp.GREATER, t.num(0))),
            t.ensure(t.hostilitiesAre(HostilityState.PAUSED), "us", "qatar", "israel"));
    assertThat(codes(result))
        .containsExactly(
            DiagnosticCode.WRONG_ROLE,
            DiagnosticCode.WRONG_ROLE,
            DiagnosticCode.WRONG_ROLE,
            DiagnosticCode.WRONG_ROLE);
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo("`qatar` is a mediator, but only parties release units");
    assertThat(result.diagnostics().get(0).hint())
        .contains("name a party here: `israel` or `hamas`");
    assertThat(result.diagnostics().get(1).message())
        .isEqualTo("`us` is a mediator and guarantor, but only parties hold units");
    assertThat(result.diagnostics().get(2).message())
        .isEqualTo("`qatar` is a mediator, but only guarantors ensure conditions");
    assertThat(result.diagnostics().get(2).hint())
        .contains("add the role to its declaration: `mediator, guarantor qatar \"...\"`");
    assertThat(result.diagnostics().get(3).hint())
        .contains("a party cannot guarantee its own agreement; name a guarantor");
  }

  @Test
  void aMediatorCannotHoldOrHaveInterestsOrRights() {
    ModelResult result =
        t.inWorld(
            t.item(t.held("qatar", "hostage", 1)),
            t.item(t.interest("qatar", t.bool(true))),
            t.item(t.right("us", RightAction.TERMINATE_AGREEMENT, null)),
            t.item(t.phase("one", 4L, null, t.item(t.paused()))));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "`qatar` is a mediator, but only parties hold units",
            "`qatar` is a mediator, but only parties have interests",
            "`us` is a mediator and guarantor, but only parties have rights");
  }

  @Test
  void theJudgeOfTalksMustBeAParty() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 42L, null, t.item(t.paused()), t.item(t.talks("two", 16)))),
            t.item(
                t.phase(
                    "two",
                    4L,
                    t.when(t.talksAre("two", TalkState.AGREED, "qatar")),
                    t.item(t.paused()))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.JUDGE_NOT_A_PARTY);
    assertThat(d.message()).isEqualTo("`qatar` judges the talks but is a mediator, not a party");
  }
}
