package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.model.Trees.codes;

import org.junit.jupiter.api.Test;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.syntax.Clause;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;

/** Which clauses may stand at the top level and which inside a phase (E117). */
class PlacementTest {
  private final Trees t = new Trees();

  @Test
  void phaseClausesOutsideAPhaseReadAsOneSentence() {
    ModelResult result =
        t.inWorld(
            t.item(t.phase("one", 4L, null, t.item(t.paused()))),
            t.item(t.release("hamas", 3, "hostage", null)),
            t.item(t.hostilities(HostilityState.ACTIVE)),
            t.item(t.talks("one", 3)),
            t.item(t.extendWhile(t.days(1), t.bool(true), null)));
    assertThat(codes(result)).containsOnly(DiagnosticCode.CLAUSE_OUT_OF_PLACE).hasSize(4);
    Diagnostic first = result.diagnostics().getFirst();
    assertThat(first.message()).isEqualTo("an obligation cannot appear outside a phase");
    assertThat(first.hint()).contains("move it into the phase in which it is due");
  }

  @Test
  void topLevelClausesInsideAPhase() {
    Clause.Phase inner = t.phase("inner", 2L, null);
    ModelResult result =
        t.inWorld(
            t.item(
                t.phase(
                    "one",
                    4L,
                    null,
                    t.item(t.paused()),
                    t.item(t.party("egypt")),
                    t.item(t.held("hamas", "x", 1)),
                    t.item(t.interest("hamas", t.bool(true))),
                    t.item(inner),
                    t.item(t.require(RequirementKind.ALWAYS, t.bool(true), null)),
                    t.item(t.concludes(t.bool(true))))));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "the declaration of `egypt` cannot appear inside a phase",
            "`held by hamas` cannot appear inside a phase",
            "an interest cannot appear inside a phase",
            "phase `inner` cannot appear inside a phase",
            "a requirement cannot appear inside a phase",
            "`concludes when` cannot appear inside a phase");
  }

  @Test
  void rightsAndAssurancesStandInBothPlaces() {
    ModelResult result =
        t.inWorld(
            t.item(
                t.phase(
                    "one",
                    4L,
                    null,
                    t.item(t.paused()),
                    t.item(t.right("hamas", RightAction.SUSPEND_OBLIGATIONS, null)),
                    t.item(t.ensure(t.bool(true), "us")))),
            t.item(t.right("israel", RightAction.RESUME_HOSTILITIES, null)),
            t.item(t.ensure(t.bool(true), "us")));
    assertThat(result.diagnostics()).isEmpty();
    Agreement agreement = result.agreement().orElseThrow();
    assertThat(agreement.rights()).hasSize(1);
    assertThat(agreement.assurances()).hasSize(1);
    assertThat(agreement.phases().getFirst().clauses()).hasSize(3);
  }
}
