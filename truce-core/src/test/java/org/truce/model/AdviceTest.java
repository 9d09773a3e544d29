package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.codes;
import static org.truce.model.Trees.single;

import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.syntax.HeaderField;
import org.truce.vocabulary.HostilityState;

/** Hostilities per phase, interests, dates, the conclusion; warnings keep the model. */
class AdviceTest {
  private final Trees t = new Trees();

  @Test
  void aPhaseWithoutHostilitiesIsAWarningAndTheModelIsKept() {
    Clause.Phase phase = t.phase("one", 4L, null);
    ModelResult result = t.inWorld(t.item(phase));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.HOSTILITIES_UNSPECIFIED);
    assertThat(d.isError()).isFalse();
    assertThat(d.span()).isEqualTo(phase.name().span());
    assertThat(result.agreement()).isPresent();
  }

  @Test
  void hostilitiesStatedTwice() {
    ModelResult result = t.inPhase(t.hostilities(HostilityState.ACTIVE));
    assertThat(single(result).message()).isEqualTo("phase `one` states the hostilities twice");
    assertThat(result.agreement()).isEmpty();
  }

  @Test
  void anInterestMisplacedInAPhaseIsOneErrorWithoutAWarningAboutAMissingInterest() {
    Clause.ActorDecl egypt = t.party("egypt");
    ModelResult result =
        t.inWorld(
            t.item(egypt),
            t.item(
                t.phase(
                    "one",
                    4L,
                    null,
                    t.item(t.paused()),
                    t.item(t.interest("egypt", t.hostilitiesAre(HostilityState.ENDED))))));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.CLAUSE_OUT_OF_PLACE);
  }

  @Test
  void aPartyWithoutInterest() {
    Clause.ActorDecl egypt = t.party("egypt");
    ModelResult result =
        t.inWorld(t.item(egypt), t.item(t.phase("one", 4L, null, t.item(t.paused()))));
    Diagnostic d = single(result);
    assertThat(d.code()).isEqualTo(DiagnosticCode.NO_INTEREST);
    assertThat(d.span()).isEqualTo(egypt.name().span());
    assertThat(d.hint()).get().asString().contains("interest egypt: CONDITION");
  }

  @Test
  void aStartBeforeTheDateOfTheText() {
    HeaderField.Starts starts = t.starts("2023-11-20", "07:00");
    t.field(t.dated("2023-11-22")).field(starts);
    Diagnostic d = single(t.inWorld(t.item(t.phase("one", 4L, null, t.item(t.paused())))));
    assertThat(d.code()).isEqualTo(DiagnosticCode.STARTS_BEFORE_DATED);
    assertThat(d.span()).isEqualTo(starts.span());
    assertThat(d.message())
        .isEqualTo("the agreement starts on 2023-11-20, before it is dated 2023-11-22");
  }

  @Test
  void aStartOnOrAfterTheDateIsFine() {
    t.field(t.dated("2023-11-22")).field(t.starts("2023-11-24", "07:00"));
    ModelResult result = t.inWorld(t.item(t.phase("one", 4L, null, t.item(t.paused()))));
    assertThat(result.diagnostics()).isEmpty();
    Metadata metadata = result.agreement().orElseThrow().metadata();
    assertThat(metadata.startDate()).contains(java.time.LocalDate.of(2023, 11, 24));
    assertThat(metadata.startTime()).contains(java.time.LocalTime.of(7, 0));
  }

  @Test
  void theConclusionIsGivenOnce() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 4L, null, t.item(t.paused()))),
            t.item(t.concludes(t.bool(true))),
            t.item(t.concludes(t.bool(false))));
    assertThat(codes(result)).containsExactly(DiagnosticCode.TWO_CONCLUSIONS);
  }
}
