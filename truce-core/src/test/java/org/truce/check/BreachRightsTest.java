package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.Repository.root;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.testing.Interpreter;
import org.truce.testing.WitnessReplay;

/**
 * Rights triggered by a breach (docs/semantics.md, "Breaches"): under compliance they never apply;
 * under {@code --adversary} the other party's exposure counts the lawful resumption after the
 * adversary's breach, and the witness shows the breach, then the right.
 */
class BreachRightsTest {
  private static ModelResult text() {
    return text(line -> true);
  }

  /** The seed text, keeping the lines {@code keep} accepts. */
  private static ModelResult text(java.util.function.Predicate<String> keep) {
    LoadedSource loaded =
        Sources.read(
            root().resolve("truce-core/src/test/resources/fuzz/agreements/breach-rights.truce"));
    String kept =
        loaded.source().text().lines().filter(keep).collect(Collectors.joining("\n", "", "\n"));
    ModelResult result = ModelBuilder.load(new SourceText("breach-rights.truce", kept));
    assertThat(result.diagnostics()).isEmpty();
    return result;
  }

  private static Analysis analysis(CheckReport report, String name) {
    return report.analyses().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no analysis " + name));
  }

  private static CheckReport check(CheckOptions options) {
    return check(text(), options);
  }

  private static CheckReport check(ModelResult r, CheckOptions options) {
    return Checker.check(r.agreement().orElseThrow(), r.sourceMap(), options);
  }

  @Test
  void underComplianceNoBreachHappensSoTheRightsNeverApply() {
    CheckReport report = check(CheckOptions.defaults());

    assertThat(analysis(report, "exposure(south)").verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(analysis(report, "exposure(north)").verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void anyBreachBySouthLetsNorthSuspendWhileSouthWaitsForPrisoners() {
    CheckReport report = check(CheckOptions.defaults().withAdversary("south"));

    // South skips clause 1.1 on day 2 and releases the 20 of clause 1.3 early: north may then
    // suspend its obligations (clause 6) before its prisoners are due on day 3.
    Analysis exposure = analysis(report, "exposure(south)");
    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(exposure.value()).hasValue(20);
    List<WitnessEvent> events = exposure.witness().orElseThrow().events();
    assertThat(events)
        .filteredOn(e -> e.kind().equals("breach"))
        .singleElement()
        .satisfies(e -> assertThat(e.clause().id()).contains("1.1"));
    assertThat(events)
        .filteredOn(e -> e.kind().equals("finding"))
        .anySatisfy(e -> assertThat(e.text()).isEqualTo("north may suspend obligations"));
  }

  @Test
  void onlyABreachOfTheClauseNamedTriggersTheRightToResume() {
    ModelResult r = text(line -> !line.startsWith("[6]"));
    CheckReport report = check(r, CheckOptions.defaults().withAdversary("south"));

    // A breach of 1.1 gives north nothing; 1.3 can only be breached at its deadline, day 5,
    // after north's prisoners (day 3) secured south's interest.
    assertThat(analysis(report, "exposure(south)").verdict()).isEqualTo(Verdict.HOLDS);
    ModelResult late = text(line -> !line.startsWith("[6]") && !line.contains("north releases 80"));
    Analysis exposure =
        analysis(check(late, CheckOptions.defaults().withAdversary("south")), "exposure(south)");
    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    List<WitnessEvent> events = exposure.witness().orElseThrow().events();
    assertThat(events)
        .filteredOn(e -> e.kind().equals("breach"))
        .anySatisfy(e -> assertThat(e.clause().id()).contains("1.3"));
    assertThat(events)
        .filteredOn(e -> e.kind().equals("finding"))
        .anySatisfy(e -> assertThat(e.text()).isEqualTo("north may resume hostilities"));
  }

  @Test
  void qatarMayConfirmNorthsBreachOnALaterDay() {
    CheckReport report = check(CheckOptions.defaults().withAdversary("north"));

    Analysis exposure = analysis(report, "exposure(north)");
    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(exposure.value()).hasValue(80);
    Witness witness = exposure.witness().orElseThrow();
    assertThat(witness.events()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("confirmation"));
  }

  @Test
  void everyWitnessReplaysThroughTheInterpreter() {
    ModelResult r = text();
    for (String adversary : List.of("north", "south")) {
      CheckReport report =
          Checker.check(
              r.agreement().orElseThrow(),
              r.sourceMap(),
              CheckOptions.defaults().withAdversary(adversary));
      for (Analysis a : report.analyses()) {
        a.witness()
            .ifPresent(
                w ->
                    WitnessReplay.replay(
                        new Interpreter(r.agreement().orElseThrow(), Optional.of(adversary)), w));
      }
    }
  }
}
