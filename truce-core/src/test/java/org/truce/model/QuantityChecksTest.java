package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.codes;
import static org.truce.model.Trees.single;

import org.junit.jupiter.api.Test;
import org.truce.model.json.AgreementJson;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.syntax.Length;
import org.truce.syntax.Schedule;
import org.truce.vocabulary.RequirementKind;

/** Counts, durations, steps and caps are at least 1; days start at 1; caps are whole steps. */
class QuantityChecksTest {
  private final Trees t = new Trees();

  @Test
  void aZeroDurationNamesThePhase() {
    Length zero = t.days(0);
    Clause.Phase phase = t.phaseLasting("one", zero, null, t.item(t.paused()));
    Diagnostic d = single(t.inWorld(t.item(phase)));
    assertThat(d.code()).isEqualTo(DiagnosticCode.NOT_POSITIVE);
    assertThat(d.span()).isEqualTo(zero.span());
    assertThat(d.message())
        .isEqualTo("the duration of phase `one` must be at least 1, but it is 0");
  }

  @Test
  void aLengthInWeeksMayComeToAtMostAHundredYears() {
    Length huge = t.weeks(1_000_000_000L);
    Clause.Phase phase = t.phaseLasting("one", huge, null, t.item(t.paused()));
    Diagnostic d = single(t.inWorld(t.item(phase)));
    assertThat(d.code()).isEqualTo(DiagnosticCode.LENGTH_TOO_LONG);
    assertThat(d.span()).isEqualTo(huge.span());
    assertThat(d.message())
        .isEqualTo(
            "the duration of phase `one` comes to 7000000000 days, but a length may be at most"
                + " 36525 days");
    assertThat(
            single(
                    t.inWorld(
                        t.item(t.phaseLasting("one", t.weeks(5_218L), null, t.item(t.paused())))))
                .code())
        .isEqualTo(DiagnosticCode.LENGTH_TOO_LONG);
  }

  @Test
  void theLongestLengthIsExportedAndImportedAgain() {
    Clause.Phase phase = t.phaseLasting("one", t.weeks(5_217L), null, t.item(t.paused()));
    ModelResult built = t.inWorld(t.item(phase));
    assertThat(built.diagnostics()).isEmpty();
    String json = AgreementJson.write(built.agreement().orElseThrow());
    assertThat(json).contains("36519");
    ModelResult imported = AgreementJson.read(json, "one.json");
    assertThat(imported.diagnostics()).isEmpty();
    assertThat(imported.agreement()).isEqualTo(built.agreement());
  }

  @Test
  void countsBatchesIntervalsAndRatiosMustBePositive() {
    Schedule.Batches batches = t.batches(0, t.days(0), null);
    ModelResult result =
        t.inPhase(
            t.release("hamas", 0, "hostage", null),
            t.release("hamas", 10, "hostage", batches),
            t.exchange("israel", 0, "prisoner", "hostage", "hamas"),
            t.delivers("israel", 0, "aid.truck", t.onDay(1)));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "the number of `hostage` released must be at least 1, but it is 0",
            "the batch size must be at least 1, but it is 0",
            "the interval between batches must be at least 1, but it is 0",
            "the ratio must be at least 1, but it is 0",
            "the number of `aid.truck` must be at least 1, but it is 0");
  }

  @Test
  void dayZeroDoesNotExist() {
    ModelResult result =
        t.inWorld(
            t.item(
                t.phase(
                    "one",
                    10L,
                    t.beginsOn(0),
                    t.item(t.paused()),
                    t.item(t.release("hamas", 1, "hostage", t.onDay(0))),
                    t.item(t.withdraws("israel", "the corridor", t.byDay(0))),
                    t.item(t.release("hamas", 1, "hostage", t.batches(1, t.days(1), 0L))),
                    t.item(t.talks("two", 0)))),
            t.item(t.phase("two", 1L, t.after("one"), t.item(t.paused()))));
    assertThat(codes(result)).containsOnly(DiagnosticCode.DAY_ZERO).hasSize(5);
  }

  @Test
  void extensionStepsCapsAndTriggersMustBePositiveAndTheCapAMultipleOfTheStep() {
    Length cap = t.days(5);
    ModelResult result =
        t.inPhase(
            t.extendWhile(t.days(2), t.bool(true), cap),
            t.extendPer(t.days(0), 0, "hostage", "hamas", t.days(0)));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "the cap of 5 days is not a multiple of the 2-day extension step",
            "the extension step must be at least 1, but it is 0",
            "the extension cap must be at least 1, but it is 0",
            "the number of releases that earns an extension must be at least 1, but it is 0");
    assertThat(result.diagnostics().getFirst().span()).isEqualTo(cap.span());
  }

  @Test
  void aCapInWeeksIsComparedInDays() {
    ModelResult result = t.inPhase(t.extendWhile(t.days(7), t.bool(true), t.weeks(2)));
    assertThat(result.diagnostics()).isEmpty();
    var extension =
        (PhaseClause.Extension) result.agreement().orElseThrow().phases().get(0).clauses().get(1);
    assertThat(extension.capDays()).contains(14L);
  }

  @Test
  void anIndefinitePhaseCannotBeExtended() {
    ModelResult result =
        t.inWorld(
            t.item(
                t.phase(
                    "one",
                    null,
                    null,
                    t.item(t.paused()),
                    t.item(t.extendWhile(t.days(1), t.bool(true), null)))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.EXTENSION_WITHOUT_END);
    assertThat(d.message())
        .isEqualTo("phase `one` lasts indefinitely, so extending it has no effect");
  }

  @Test
  void aRequirementPeriodMustBePositive() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 4L, null, t.item(t.paused()))),
            t.item(t.require(RequirementKind.EVENTUALLY, t.bool(true), t.days(0))));
    assertThat(single(result).message())
        .isEqualTo("the period after `within` must be at least 1, but it is 0");
  }
}
