package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.codes;
import static org.truce.model.Trees.single;

import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.TalkState;

/** How phases begin: defaults, missing entries, cycles and phases that can never begin. */
class PhaseGraphTest {
  private final Trees t = new Trees();

  @Test
  void anAgreementNeedsAPhase() {
    Diagnostic d = single(t.inWorld());
    assertThat(d.code()).isEqualTo(DiagnosticCode.NO_PHASES);
    assertThat(d.message()).isEqualTo("the agreement has no phase");
  }

  @Test
  void theFirstPhaseBeginsOnDayOneAndALaterOneMustSayWhen() {
    Clause.Phase two = t.phase("two", 4L, null, t.item(t.paused()));
    ModelResult result =
        t.inWorld(t.item(t.phase("one", 4L, null, t.item(t.paused()))), t.item(two));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.NO_ENTRY);
    assertThat(d.span()).isEqualTo(two.name().span());
    assertThat(d.hint()).get().asString().startsWith("add `, begins after one`");
  }

  @Test
  void phasesThatWaitForEachOtherFormACycle() {
    Clause.Begins.After afterTwo = t.after("two");
    ModelResult result =
        t.inWorld(
            t.item(t.phase("zero", 1L, null, t.item(t.paused()))),
            t.item(t.phase("one", 4L, afterTwo, t.item(t.paused()))),
            t.item(
                t.phase(
                    "two",
                    4L,
                    t.when(t.and(t.bool(true), t.phaseIs("one", PhaseState.ACTIVE))),
                    t.item(t.paused()))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.PHASE_CYCLE);
    assertThat(d.span()).isEqualTo(afterTwo.span());
    assertThat(d.message())
        .isEqualTo(
            "phase `one` can begin only after itself (`one` waits for `two`, which waits for"
                + " `one`)");
  }

  @Test
  void aPhaseWaitingForItselfIsACycle() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("zero", 1L, null, t.item(t.paused()))),
            t.item(t.phase("one", 4L, t.after("one"), t.item(t.paused()))));
    assertThat(single(result).message())
        .isEqualTo("phase `one` can begin only after itself (`one` waits for `one`)");
  }

  @Test
  void onlyWhatEveryWayOfBeginningNeedsCountsAsWaiting() {
    // one may begin on day 30 without two: no cycle, though two runs after one
    ModelResult result =
        t.inWorld(
            t.item(t.phase("zero", 1L, null, t.item(t.paused()))),
            t.item(
                t.phase(
                    "one",
                    4L,
                    t.when(
                        t.or(
                            t.phaseIs("two", PhaseState.ENDED),
                            t.cmp(t.day(), org.truce.vocabulary.CompareOp.GREATER, t.num(30)))),
                    t.item(t.paused()))),
            t.item(t.phase("two", 4L, t.after("one"), t.item(t.paused()))));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aPhaseThatBeginsWhenFalseAndThoseAfterItCanNeverBegin() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("zero", 1L, null, t.item(t.paused()))),
            t.item(
                t.phase(
                    "one",
                    4L,
                    t.when(t.and(t.bool(true), t.not(t.bool(true)))),
                    t.item(t.paused()))),
            t.item(t.phase("two", 4L, t.after("one"), t.item(t.paused()))));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "phase `one` can never begin, because its `begins when` condition can never hold",
            "phase `two` can never begin, because it waits for phase `one`, which can never"
                + " begin");
  }

  @Test
  void waitingForTheEndOfAPhaseThatNeverEnds() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", null, null, t.item(t.paused()), t.item(t.talks("two", 3)))),
            t.item(t.phase("two", 4L, t.after("one"), t.item(t.paused()))));
    assertThat(single(result).message())
        .isEqualTo(
            "phase `two` can never begin, because it waits for phase `one` to end, but that phase"
                + " lasts indefinitely and has no `ends when`");
    // waiting only for its talks is not enough: phases run one at a time, so two also waits
    // for one, declared before it, to end
    Trees u = new Trees();
    ModelResult talks =
        u.inWorld(
            u.item(u.phase("one", null, null, u.item(u.paused()), u.item(u.talks("two", 3)))),
            u.item(
                u.phase(
                    "two",
                    4L,
                    u.when(u.talksAre(null, TalkState.AGREED, null)),
                    u.item(u.paused()))));
    assertThat(single(talks).message())
        .isEqualTo(
            "phase `two` can never begin, because phase `one` lasts indefinitely and has no"
                + " `ends when`");
  }

  @Test
  void talksBelongToThePhaseThatHoldsThem() {
    // one begins when the talks held in two are agreed, and two begins after one: a cycle;
    // three, after two, is not in it but can never begin either
    ModelResult result =
        t.inWorld(
            t.item(t.phase("zero", 1L, null, t.item(t.paused()))),
            t.item(
                t.phase(
                    "one",
                    4L,
                    t.when(t.talksAre("three", TalkState.AGREED, null)),
                    t.item(t.paused()))),
            t.item(
                t.phase(
                    "two", 4L, t.after("one"), t.item(t.paused()), t.item(t.talks("three", 2)))),
            t.item(t.phase("three", 4L, t.after("two"), t.item(t.paused()))));
    assertThat(codes(result))
        .containsExactly(DiagnosticCode.PHASE_CYCLE, DiagnosticCode.UNREACHABLE_PHASE);
  }
}
