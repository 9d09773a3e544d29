package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.truce.testing.Repository.root;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelResult;
import org.truce.testing.AgreementGenerator;

/**
 * Verdicts only (--verdicts, docs/semantics.md "Verdicts only"): stopping the search once every
 * verdict is settled gives the verdicts of the full check; a figure settled early is at most the
 * full one; a witness said to be as short as any has the days of the full check's; an analysis not
 * settled early is exactly what the full check says. Each comparison is made with the depth-first
 * probe as checks run it and with a probe of a few states (so that it stops short of the whole
 * graph on small texts too); a violation the probe settles is one of the full check, its witness
 * replayed when the report was built (Witnesses) and never said to be shortest.
 */
class VerdictsOnlyTest {
  /** Violations with a witness settled by the depth-first probe, in the test that runs. */
  private static final AtomicInteger PROBED = new AtomicInteger();

  /** Probe budgets: none, as checks run it, and a few states. */
  private static final List<Integer> PROBES = List.of(0, Checker.PROBE_STATES, 16);

  private static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(20_000, Duration.ofSeconds(5));

  @Test
  void generatedAgreementsGetTheVerdictsOfTheFullCheck() {
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger stoppedEarly = new AtomicInteger();
    AtomicInteger shortest = new AtomicInteger();
    PROBED.set(0);
    qt().withExamples(60)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              for (CheckOptions options :
                  List.of(SMALL, SMALL.withAdversary(AgreementGenerator.firstParty(agreement)))) {
                compare(agreement, options, compared, stoppedEarly, shortest);
              }
            });
    // The property says something only if enough searches stopped early with safety witnesses.
    assertThat(compared.get()).isGreaterThan(60);
    assertThat(stoppedEarly.get()).isGreaterThan(10);
    assertThat(shortest.get()).isGreaterThan(10);
    assertThat(PROBED.get()).as("violations settled by the probe").isGreaterThan(10);
  }

  @Test
  void everyBundledExampleGetsTheVerdictsOfTheFullCheck() throws IOException {
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger stoppedEarly = new AtomicInteger();
    AtomicInteger shortest = new AtomicInteger();
    PROBED.set(0);
    List<Path> files;
    try (Stream<Path> listed = Files.list(root().resolve("examples"))) {
      files = listed.filter(p -> p.toString().endsWith(".truce")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".truce", "");
      ModelResult result = Examples.result(name);
      Agreement agreement = result.agreement().orElseThrow();
      CheckOptions options = CheckOptions.defaults().withLimits(2_000_000, Duration.ofMinutes(2));
      compare(agreement, options, compared, stoppedEarly, shortest);
      compare(
          agreement,
          options.withAdversary(AgreementGenerator.firstParty(agreement)),
          compared,
          stoppedEarly,
          shortest);
    }
    assertThat(compared.get()).isGreaterThan(files.size());
    assertThat(stoppedEarly.get()).isPositive();
    assertThat(PROBED.get()).as("violations settled by the probe").isPositive();
  }

  @Test
  void onlyAnalysesWithoutAFigureStopEarlyWithoutBeingAsked() {
    Agreement agreement = Examples.load("november-2023");
    CheckOptions options = CheckOptions.defaults().withAdversary("israel");
    assertThat(options.withOnly(List.of("completes", "require")).stopsEarly()).isTrue();
    assertThat(options.withOnly(List.of("require(3.1)")).stopsEarly()).isTrue();
    assertThat(options.withOnly(List.of("completes", "exposure")).stopsEarly()).isFalse();
    assertThat(options.stopsEarly()).isFalse();
    assertThat(options.withVerdictsOnly(true).stopsEarly()).isTrue();
    CheckReport report =
        Checker.check(agreement, Optional.empty(), options.withOnly(List.of("require")));
    assertThat(report.verdictsOnly()).isTrue();
  }

  /**
   * Checks {@code agreement} in full and with verdicts only, every analysis at once and each
   * violated one alone (most texts have an analysis that holds, which keeps the search going), and
   * compares them where the full search was complete and nothing ran out of time.
   */
  private static void compare(
      Agreement agreement,
      CheckOptions options,
      AtomicInteger compared,
      AtomicInteger stoppedEarly,
      AtomicInteger shortest) {
    CheckReport full = Checker.check(agreement, Optional.empty(), options);
    if (!full.exploration().complete() || undecided(full)) {
      return;
    }
    assertThat(full.verdictsOnly()).isFalse();
    assertThat(full.settled()).isEmpty();
    for (int probe : PROBES) {
      compare(
          full,
          full.analyses(),
          options.withVerdictsOnly(true),
          probe,
          agreement,
          stoppedEarly,
          shortest);
      for (Analysis f : full.analyses()) {
        if (f.verdict() == Verdict.VIOLATED) {
          CheckOptions alone = options.withOnly(List.of(f.name())).withVerdictsOnly(true);
          compare(full, List.of(f), alone, probe, agreement, stoppedEarly, shortest);
        }
      }
    }
    compared.incrementAndGet();
  }

  /**
   * Compares the check with {@code options} (verdicts only) and a probe of at most {@code probe}
   * states to the full one's {@code wanted}.
   */
  private static void compare(
      CheckReport full,
      List<Analysis> wanted,
      CheckOptions options,
      int probe,
      Agreement agreement,
      AtomicInteger stoppedEarly,
      AtomicInteger shortest) {
    CheckReport early = Checker.check(agreement, Optional.empty(), options, probe);
    if (undecided(early)) {
      return;
    }
    assertThat(early.verdictsOnly()).isTrue();
    if (early.exploration().stop().equals("settled")) {
      stoppedEarly.incrementAndGet();
      assertThat(early.exploration().states()).isLessThanOrEqualTo(full.exploration().states());
    } else {
      assertThat(early.exploration().states()).isEqualTo(full.exploration().states());
    }
    assertThat(early.analyses().stream().map(Analysis::name))
        .containsExactlyElementsOf(wanted.stream().map(Analysis::name).toList());
    for (int i = 0; i < wanted.size(); i++) {
      Analysis f = wanted.get(i);
      Analysis e = early.analyses().get(i);
      assertThat(e.verdict()).as(e.name()).isEqualTo(f.verdict());
      Optional<Settled> settled = early.settled(e);
      if (settled.isEmpty()) {
        assertThat(e).as(e.name()).isEqualTo(f);
        continue;
      }
      assertThat(settled.get().states()).isLessThanOrEqualTo(full.exploration().states());
      if (settled.get().depthFirst()) {
        assertThat(probe).isPositive();
        assertThat(settled.get().witnessShortest()).isFalse();
        if (e.witness().isPresent()) {
          PROBED.incrementAndGet();
        }
      }
      if (e.value().isPresent()) {
        assertThat(settled.get().valueAtLeast()).isTrue();
        assertThat(e.value().getAsLong()).isLessThanOrEqualTo(f.value().orElseThrow());
      }
      if (e.witness().isPresent() && settled.get().witnessShortest()) {
        shortest.incrementAndGet();
        assertThat(e.witness().get().lastDay())
            .as(e.name() + ": as short as the full check's witness")
            .isEqualTo(f.witness().orElseThrow().lastDay());
      }
    }
  }

  private static boolean undecided(CheckReport report) {
    return report.analyses().stream().anyMatch(a -> a.verdict() == Verdict.INCONCLUSIVE);
  }
}
