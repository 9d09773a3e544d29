package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.Repository.root;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.testing.Golden;

/**
 * The dead-clause analysis (docs/semantics.md, "Dead clauses"): a right no run lets its party
 * exercise, with every party complying or any one of them breaching, is reported with a warning at
 * its place (W250, W251, golden), and a right triggered by a breach is alive, since the search with
 * the breaching party as the adversary reaches it.
 */
class DeadClausesTest {
  private static final Path DIR = Golden.resources().resolve("check/dead");

  private static ModelResult load(Path file, String name) {
    LoadedSource loaded = Sources.read(file, name);
    ModelResult result = ModelBuilder.load(loaded.source());
    assertThat(result.diagnostics()).as(name).noneMatch(Diagnostic::isError);
    return result;
  }

  private static CheckReport check(ModelResult r, CheckOptions options) {
    return Checker.check(r.agreement().orElseThrow(), r.sourceMap(), options);
  }

  private static Analysis dead(CheckReport report) {
    return report.analyses().stream()
        .filter(a -> a.name().equals("dead-clauses"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dead-clauses analysis"));
  }

  private static void golden(String base) {
    ModelResult r = load(DIR.resolve(base + ".truce"), "check/dead/" + base + ".truce");
    CheckReport report = check(r, CheckOptions.defaults().withOnly(List.of("dead-clauses")));
    assertThat(dead(report).verdict()).isEqualTo(Verdict.VIOLATED);
    Golden.assertMatches(
        DIR.resolve(base + ".err"),
        DiagnosticRenderer.render(r.sourceMap().orElseThrow().source(), report.warnings()));
  }

  @Test
  void aRightWhoseConditionNoRunReachesIsDead() {
    golden("W250-right-never-enabled");
  }

  @Test
  void aRightAnAssuranceAlwaysRemovesIsDead() {
    golden("W251-right-removed-by-assurance");
  }

  @Test
  void anAssuranceOfASideLetterIsNamedWithItsInstrument() {
    golden("W251-assurance-of-a-side-letter");
  }

  @Test
  void rightsTriggeredByABreachAreAliveSinceEachPartyIsTriedAsTheAdversary() {
    ModelResult r =
        load(
            root().resolve("truce-core/src/test/resources/fuzz/agreements/breach-rights.truce"),
            "breach-rights.truce");
    CheckReport report = check(r, CheckOptions.defaults());
    assertThat(dead(report).verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void theCounterproposalsAssuranceMakesItsRightOfResumptionVoid() {
    ModelResult r =
        load(
            root().resolve("examples/framework-2024-counterproposal.truce"),
            "framework-2024-counterproposal.truce");
    CheckReport report = check(r, CheckOptions.defaults().withOnly(List.of("dead-clauses")));
    assertThat(dead(report).value()).hasValue(1);
    assertThat(report.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code().id()).isEqualTo("W251");
              assertThat(w.message()).contains("clause 7 \"Assurances\"", ":159:1");
            });
  }

  @Test
  void theProposalWithoutTheAssuranceHasNoDeadRight() {
    ModelResult r =
        load(
            root().resolve("examples/framework-2024-proposal.truce"),
            "framework-2024-proposal.truce");
    CheckReport report = check(r, CheckOptions.defaults().withOnly(List.of("dead-clauses")));
    assertThat(dead(report).verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void aTextWithoutRightsHasNoSuchAnalysis() {
    ModelResult r =
        ModelBuilder.load(
            new SourceText(
                "no-rights.truce",
                """
                agreement "No rights"
                party north "North"
                party south "South"
                phase one "Pause" lasts 3 days { hostilities paused }
                """));
    assertThat(Checker.analysisNames(r.agreement().orElseThrow())).doesNotContain("dead-clauses");
  }
}
