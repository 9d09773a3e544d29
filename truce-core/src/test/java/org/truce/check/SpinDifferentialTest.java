package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelPrinter;
import org.truce.model.PhaseClause;
import org.truce.source.SourceText;
import org.truce.testing.AgreementGenerator;
import org.truce.testing.DutyBreaches;
import org.truce.testing.Spin;
import org.truce.vocabulary.Role;

/**
 * Differential tests against SPIN: truce's verdicts must equal SPIN's on the Promela model truce
 * exports of the same text (docs/promela.md), over the examples and a corpus of generated
 * agreements. Two programs written apart, one a Java explorer and the other SPIN's verifier over a
 * second rendering of the semantics, must also find the same number of states.
 */
class SpinDifferentialTest {
  private static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(20_000, Duration.ofSeconds(2));

  private static Spin spin;

  @TempDir Path dir;

  private final AtomicInteger models = new AtomicInteger();

  @BeforeAll
  static void findSpin() {
    spin =
        Spin.find()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "SPIN is needed for these tests: `apt-get install spin`, or run them"
                            + " through ./build, which fetches it (bin/find-spin.sh)"));
  }

  /** What one comparison saw, for the corpus's own sanity checks. */
  private record Seen(int violated, int held) {}

  @Test
  void theExamplesAgree() {
    for (String name :
        List.of(
            "november-2023",
            "framework-2024-proposal",
            "framework-2024-counterproposal",
            "ukraine-russia-2025-may",
            "ukraine-russia-2025-june",
            "lebanon-2024")) {
      compare(Examples.load(name), CheckOptions.defaults());
    }
    compare(Examples.load("november-2023"), CheckOptions.defaults().withAdversary("israel"));
    // breaches of undertakings, read by rights in the agreement and in a side letter
    compare(Examples.load("lebanon-2024"), CheckOptions.defaults().withAdversary("lebanon"));
  }

  /** A small text: two parties, north holding 4 hostages, then {@code rest}. */
  private static Agreement small(String rest) {
    String text =
        """
        agreement "A small text"
        party north "North"
        party south "South"
        held by north {
          hostage 4
        }
        """
            + rest;
    return ModelBuilder.load(new SourceText("small.truce", text)).agreement().orElseThrow();
  }

  @Test
  void requirementsSharingANameGetClaimsOfTheirOwn() throws PromelaExport.TooLarge {
    Agreement agreement =
        small(
            """
            phase one lasts 3 days {
              hostilities paused
              north releases 4 hostage by day 3
            }
            [2]
            require always phase one active or phase one ended
            require never released hostage > 4
            """);
    List<String> names =
        PromelaExport.of(agreement, CheckOptions.defaults(), "small.truce").claims().stream()
            .map(PromelaExport.Claim::name)
            .toList();
    assertThat(names).contains("require_2", "require_2_2").doesNotHaveDuplicates();
    compare(agreement, CheckOptions.defaults());
  }

  /**
   * Days taken under an uncapped extension used to overflow the counter a cap reads, so that a
   * capped extension came back after some wraps (found by the generated corpus).
   */
  @Test
  void uncappedExtensionsBesideACapCountOnlyUpToTheCap() {
    Agreement agreement =
        small(
            """
            phase one lasts 3 days {
              hostilities paused
              extends by 2 days while true
              extends by 1 day while true, up to 5 days
              north releases 4 hostage by day 3
            }
            """);
    assertThat(compare(agreement, CheckOptions.defaults())).isPresent();
  }

  @Test
  void generatedAgreementsAgree() {
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger violated = new AtomicInteger();
    AtomicInteger held = new AtomicInteger();
    qt().withExamples(Integer.getInteger("spin.examples", 40))
        .withShrinkCycles(2)
        .forAll(AgreementGenerator.agreementsWithoutConditionalReleases())
        .checkAssert(
            agreement -> {
              Optional<Seen> seen = compare(agreement, SMALL);
              seen.ifPresent(
                  s -> {
                    compared.incrementAndGet();
                    violated.addAndGet(s.violated());
                    held.addAndGet(s.held());
                  });
            });
    // The corpus must compare most texts, and both verdicts, or it says little.
    assertThat(compared.get()).isGreaterThan(20);
    assertThat(violated.get()).isGreaterThan(10);
    assertThat(held.get()).isGreaterThan(10);
  }

  @Test
  void generatedAgreementsAgreeWithAnAdversary() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(Integer.getInteger("spin.examples", 40) / 2)
        .withShrinkCycles(2)
        .forAll(AgreementGenerator.agreementsWithoutConditionalReleases())
        .checkAssert(
            agreement -> {
              String adversary =
                  agreement.actors().stream()
                      .filter(a -> a.has(Role.PARTY))
                      .map(Actor::name)
                      .findFirst()
                      .orElseThrow();
              if (compare(agreement, SMALL.withAdversary(adversary)).isPresent()) {
                compared.incrementAndGet();
              }
            });
    assertThat(compared.get()).isGreaterThan(10);
  }

  @Test
  void generatedAgreementsReadingABreachOfADutyAgree() {
    // docs/semantics.md "Breaches": the adversary's withdrawals, deliveries and undertakings.
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(Integer.getInteger("spin.examples", 40))
        .withShrinkCycles(2)
        .forAll(AgreementGenerator.agreementsWithoutConditionalReleases())
        .checkAssert(
            generated -> {
              String adversary =
                  generated.actors().stream()
                      .filter(a -> a.has(Role.PARTY))
                      .map(Actor::name)
                      .findFirst()
                      .orElseThrow();
              Optional<Agreement> text = DutyBreaches.withRightAgainst(generated, adversary);
              if (text.isPresent()
                  && compare(text.get(), SMALL.withAdversary(adversary)).isPresent()) {
                compared.incrementAndGet();
              }
            });
    assertThat(compared.get()).isGreaterThan(5);
  }

  /**
   * Checks {@code agreement} with truce and with SPIN and asserts they agree; empty when truce's
   * search was cut short or the export refuses the text (nothing to compare).
   */
  private Optional<Seen> compare(Agreement agreement, CheckOptions options) {
    if (agreement.phases().stream()
        .anyMatch(p -> p.clauses().stream().anyMatch(PhaseClause.Order.class::isInstance))) {
      return Optional.empty(); // the export refuses orders between releases (E456)
    }
    if (PromelaExport.refusal(agreement, Optional.empty()).isPresent()) {
      // A right that outranks an assurance (E476), a conditional release (E461, which the
      // generators used here leave out): the export refuses the text.
      return Optional.empty();
    }
    CheckReport report = Checker.check(agreement, Optional.empty(), options);
    if (!report.exploration().complete()) {
      return Optional.empty();
    }
    PromelaExport.Model model;
    try {
      model = PromelaExport.of(agreement, options, "generated.truce");
    } catch (PromelaExport.TooLarge e) {
      throw new AssertionError(e.getMessage(), e);
    }
    String context =
        "\n--- the text ---\n" + ModelPrinter.print(agreement) + "\n--- options: " + options;
    Path where = dir.resolve("model-" + models.incrementAndGet());
    Spin.Verifier pan = spin.compile(model.text(), where, List.of());
    // Two requirements can share a name (an id and a place number); both count for it.
    Map<String, Analysis> truce = new LinkedHashMap<>();
    Map<String, Boolean> truceViolatedByName = new LinkedHashMap<>();
    for (Analysis a : report.analyses()) {
      truce.put(a.name(), a);
      truceViolatedByName.merge(a.name(), a.verdict() == Verdict.VIOLATED, Boolean::logicalOr);
    }
    Map<String, Boolean> spinViolated = new LinkedHashMap<>();
    Map<String, PromelaExport.Relation> relations = new LinkedHashMap<>();
    for (PromelaExport.Claim claim : model.claims()) {
      Spin.Verdict verdict = pan.check(claim.name(), true);
      spinViolated.merge(claim.analysis(), verdict.violated(), Boolean::logicalOr);
      relations.put(claim.analysis(), claim.relation());
      if (claim.name().equals("well_formed") && !verdict.violated()) {
        // One more state when some day breaks an assurance: the sink. (When well-formed fails,
        // SPIN stops at the first shortfall, and counts states reached with and without one
        // twice, since it keeps `shortfall` in the state.)
        long states = report.exploration().states();
        assertThat(verdict.stored())
            .as("states SPIN stores, against truce's %d%s", states, context)
            .isBetween(states, states + 1);
      }
    }
    int violated = 0;
    int held = 0;
    for (var entry : spinViolated.entrySet()) {
      Analysis a = truce.get(entry.getKey());
      boolean truceViolated = truceViolatedByName.get(a.name());
      boolean spinSays = entry.getValue();
      String what = a.name() + ": truce " + a.verdict() + ", SPIN violated " + spinSays + context;
      PromelaExport.Relation relation = relations.get(a.name());
      if (relation == PromelaExport.Relation.SAME
          || (a.name().equals("completes") && deadlockHolds(truce))) {
        // A run that gets stuck is a deadlock: without one, completes asks just what SPIN does.
        assertThat(spinSays).as(what).isEqualTo(truceViolated);
      } else if (relation == PromelaExport.Relation.CLAIM_IMPLIES_ANALYSIS && truceViolated) {
        assertThat(spinSays).as(what).isTrue();
      } else if (relation == PromelaExport.Relation.ANALYSIS_IMPLIES_CLAIM && !truceViolated) {
        assertThat(spinSays).as(what).isFalse();
      }
      if (truceViolated) {
        violated++;
      } else {
        held++;
      }
    }
    exposureFigures(model, truce, where, context);
    return Optional.of(new Seen(violated, held));
  }

  private static boolean deadlockHolds(Map<String, Analysis> truce) {
    Analysis deadlock = truce.get("deadlock");
    return deadlock != null && deadlock.verdict() == Verdict.HOLDS;
  }

  /**
   * exposure(P) = N: SPIN finds no run past N units (the claim holds with the bound at N) and one
   * at N (it fails with the bound at N - 1).
   */
  private void exposureFigures(
      PromelaExport.Model model, Map<String, Analysis> truce, Path where, String context) {
    List<String> atFigure = new ArrayList<>();
    List<String> below = new ArrayList<>();
    List<String> claims = new ArrayList<>();
    for (PromelaExport.Claim claim : model.claims()) {
      Analysis a = truce.get(claim.analysis());
      if (claim.name().startsWith("exposure_") && a.value().orElse(0) > 0) {
        String bound = "EXPOSURE_BOUND_" + claim.name().substring("exposure_".length());
        atFigure.add(bound + "=" + a.value().getAsLong());
        below.add(bound + "=" + (a.value().getAsLong() - 1));
        claims.add(claim.name());
      }
    }
    if (claims.isEmpty()) {
      return;
    }
    Spin.Verifier at = spin.compile(model.text(), where.resolve("at-figure"), atFigure);
    Spin.Verifier under = spin.compile(model.text(), where.resolve("below-figure"), below);
    for (String claim : claims) {
      assertThat(at.check(claim, false).violated())
          .as("%s past the figure truce gives%s", claim, context)
          .isFalse();
      assertThat(under.check(claim, false).violated())
          .as("%s at the figure truce gives%s", claim, context)
          .isTrue();
    }
  }
}
