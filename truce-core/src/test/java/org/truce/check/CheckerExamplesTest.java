package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.model.ModelResult;
import org.truce.render.check.CheckText;
import org.truce.testing.Golden;

/**
 * The checker on the bundled examples: what the founding report says in words, as figures (the
 * proposal leaves hamas exposed after phase one; the counterproposal removes that exposure and
 * opens an indefinite truce with living hostages held), exact state counts pinned (as TLC's tests
 * pin theirs: a change to the semantics or the encoding shows here first), and the witnesses as
 * golden files.
 */
class CheckerExamplesTest {
  private static CheckReport check(String example, CheckOptions options) {
    ModelResult r = Examples.result(example);
    return Checker.check(r.agreement().orElseThrow(), r.sourceMap(), options);
  }

  private static Analysis analysis(CheckReport report, String name) {
    return report.analyses().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no analysis " + name));
  }

  @Test
  void proposalLeavesHamasExposedAfterPhaseOne() {
    Analysis exposure =
        analysis(check("framework-2024-proposal", CheckOptions.defaults()), "exposure(hamas)");

    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(exposure.value()).hasValue(33);
    Witness witness = exposure.witness().orElseThrow();
    assertThat(witness.lastDay()).isEqualTo(42);
    assertThat(witness.events())
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo("finding");
              assertThat(e.text()).isEqualTo("israel may resume hostilities");
              assertThat(e.clause().id()).contains("4");
            });
  }

  @Test
  void proposalRatiosAnswerTheStatusTheFirstReleaseReveals() {
    // The 33 of stage 1 are of unknown status at signing (hostage.unknown): the witness says what
    // their release revealed, and israel's counter-release (1.6) answers exactly the living.
    Witness witness =
        analysis(check("framework-2024-proposal", CheckOptions.defaults()), "exposure(hamas)")
            .witness()
            .orElseThrow();
    WitnessEvent release =
        witness.events().stream()
            .filter(e -> e.kind().equals("release") && e.clause().id().equals(Optional.of("1.3")))
            .findFirst()
            .orElseThrow();
    java.util.Map<String, Long> revealed = new java.util.HashMap<>();
    for (String part : release.facts().get("revealed").split(", ")) {
      String[] countAndCategory = part.split(" ");
      revealed.put(countAndCategory[1], Long.parseLong(countAndCategory[0]));
    }
    long prisoners =
        witness.events().stream()
            .filter(e -> e.kind().equals("counter-release"))
            .mapToLong(e -> Long.parseLong(e.facts().get("count")))
            .sum();

    assertThat(revealed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(33);
    assertThat(prisoners)
        .isEqualTo(30 * revealed.getOrDefault("hostage.living.civilian.humanitarian", 0L));
  }

  @Test
  void proposalLetsIsraelLeaveTheTruce() {
    CheckReport report = check("framework-2024-proposal", CheckOptions.defaults());

    assertThat(analysis(report, "indefinite-truce").verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(analysis(report, "exposure(israel)").value()).hasValue(0);
  }

  @Test
  void counterproposalRemovesTheExposureAndOpensAnIndefiniteTruce() {
    CheckReport report = check("framework-2024-counterproposal", CheckOptions.defaults());

    assertThat(analysis(report, "exposure(hamas)").verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(analysis(report, "exposure(hamas)").value()).hasValue(0);
    Analysis truce = analysis(report, "indefinite-truce");
    assertThat(truce.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(truce.value()).hasValue(55);
    assertThat(truce.summary()).contains("israel has no lawful way to end it");
    assertThat(truce.witness().orElseThrow().loopsToDay()).isPresent();
    // The finding names the assurance that removes israel's right to resume (the dispute).
    assertThat(truce.witness().orElseThrow().events())
        .anySatisfy(
            e -> {
              assertThat(e.text()).startsWith("israel may not resume hostilities (art. 4");
              assertThat(e.clause().id()).contains("7");
            });
  }

  @Test
  void november2023HoldsWhenEveryPartyComplies() {
    CheckReport report = check("november-2023", CheckOptions.defaults());

    assertThat(report.analyses()).allSatisfy(a -> assertThat(a.verdict()).isEqualTo(Verdict.HOLDS));
  }

  @Test
  void november2023ExposesHamasToAnIsraelThatBreaches() {
    CheckReport report = check("november-2023", CheckOptions.defaults().withAdversary("israel"));

    Analysis exposure = analysis(report, "exposure(hamas)");
    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    // 50 in the first four days and 10 on each of the three extension days the holdings allow.
    assertThat(exposure.value()).hasValue(80);
    assertThat(analysis(report, "exposure(israel)").value()).hasValue(0);
  }

  @Test
  void onlyRunsTheAnalysesAskedFor() {
    CheckReport report =
        check(
            "framework-2024-proposal",
            CheckOptions.defaults().withOnly(java.util.List.of("exposure", "completes")));

    assertThat(report.analyses())
        .extracting(Analysis::name)
        .containsExactly("completes", "exposure(israel)", "exposure(hamas)");
  }

  @Test
  void aStateLimitMakesTheResultsInconclusiveNotWrong() {
    CheckReport report =
        check(
            "framework-2024-counterproposal",
            CheckOptions.defaults().withLimits(100, java.time.Duration.ofMinutes(1)));

    assertThat(report.exploration().complete()).isFalse();
    assertThat(report.exploration().stop()).isEqualTo("state-limit");
    assertThat(report.analyses())
        .allSatisfy(a -> assertThat(a.verdict()).isNotEqualTo(Verdict.HOLDS));
  }

  @ParameterizedTest
  @CsvSource({
    "november-2023, , 25",
    "november-2023, israel, 207",
    "framework-2024-proposal, , 7659",
    "framework-2024-counterproposal, , 7373",
    "ukraine-russia-2025-may, , 19",
    "ukraine-russia-2025-may, russia, 37",
    "ukraine-russia-2025-june, , 513",
    "ukraine-russia-2025-june, ukraine, 1025",
    "ukraine-russia-2025-june-russian-reading, russia, 1025",
    "lebanon-2024, , 62",
    "lebanon-2024, israel, 306",
    "lebanon-2024, lebanon, 696",
    "lebanon-2024-side-letter-axios, lebanon, 812",
    "lebanon-2024-extended, , 62",
    "lebanon-2024-extended, israel, 306",
    "lebanon-2024-extended, lebanon, 960",
    "lebanon-2024-extended-expiry-reading, , 85",
    "lebanon-2024-extended-expiry-reading, israel, 421",
    "lebanon-2024-extended-expiry-reading, lebanon, 937",
  })
  void stateCountsArePinned(String example, String adversary, long states) {
    CheckOptions options =
        adversary == null
            ? CheckOptions.defaults()
            : CheckOptions.defaults().withAdversary(adversary);

    Exploration x = check(example, options).exploration();

    assertThat(x.complete()).isTrue();
    assertThat(x.states()).isEqualTo(states);
  }

  @ParameterizedTest
  @CsvSource({
    "november-2023, ",
    "november-2023, israel",
    "framework-2024-proposal, ",
    "framework-2024-counterproposal, ",
    "ukraine-russia-2025-may, ",
    "ukraine-russia-2025-june, ukraine",
    "lebanon-2024, lebanon",
  })
  void witnessesMatchTheirGoldenFiles(String example, String adversary) {
    CheckOptions options =
        adversary == null
            ? CheckOptions.defaults()
            : CheckOptions.defaults().withAdversary(adversary);
    String name = example + Optional.ofNullable(adversary).map(a -> "-adversary-" + a).orElse("");

    String text = CheckText.render("examples/" + example + ".truce", check(example, options));

    Golden.assertMatches(Golden.resources().resolve(Path.of("check", name + ".out")), text);
  }
}
