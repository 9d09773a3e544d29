package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.truce.check.internal.system.DayStep;
import org.truce.check.internal.system.Odometer;
import org.truce.check.internal.system.StepLog;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.render.check.CheckText;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.testing.Golden;
import org.truce.testing.Interpreter;
import org.truce.testing.WitnessReplay;
import org.truce.vocabulary.RightAction;

/**
 * Breaches of withdrawals, deliveries and undertakings (docs/semantics.md "Breaches",
 * docs/decisions/0026): the two readings of the reported US side letter to Israel of November 2024
 * (shared/scenarios/lebanon-2024.md), and a text where each kind of duty is breached, whose
 * witnesses are golden and replay through the interpreter.
 */
class BreachOfDutiesTest {
  private static final Path DIR = Golden.resources().resolve(Path.of("check", "breaches"));

  private static ModelResult load(Path file) {
    ModelResult r = ModelBuilder.load(Sources.read(file).source());
    assertThat(r.hasErrors()).as("%s: %s", file, r.diagnostics()).isFalse();
    return r;
  }

  private static Agreement lebanon(String name) {
    return load(DIR.resolve(name + ".truce")).agreement().orElseThrow();
  }

  /**
   * The first day on which {@code party} may lawfully take {@code action} in some run, searching
   * every state the checker's step reaches, day by day; -1 when it never may.
   */
  private static long firstDayLawful(
      Agreement agreement, Optional<String> adversary, String party, RightAction action) {
    TransitionSystem ts = new TransitionSystem(agreement, adversary, false);
    DayStep step = new DayStep(ts);
    int player = ts.player(party);
    Set<List<Long>> seen = new HashSet<>();
    ArrayDeque<long[]> frontier = new ArrayDeque<>();
    frontier.add(ts.initialValues());
    Odometer odometer = new Odometer();
    for (long day = 1; !frontier.isEmpty(); day++) {
      ArrayDeque<long[]> next = new ArrayDeque<>();
      for (long[] pre : frontier) {
        odometer.reset();
        do {
          odometer.rewind();
          long[] v = new long[pre.length];
          if (step.run(pre, v, odometer, StepLog.NONE)) {
            if (step.lawfulRights(v, player).contains(action)) {
              return day;
            }
            if (seen.add(Arrays.stream(v).boxed().toList())) {
              next.add(v);
            }
          }
        } while (odometer.advance());
      }
      frontier = next;
    }
    return -1;
  }

  @Test
  void underComplianceNeitherReadingOfTheSideLetterEverApplies() {
    for (String name : List.of("lebanon-2024", "lebanon-2024-consult")) {
      Agreement text = lebanon(name);
      assertThat(firstDayLawful(text, Optional.empty(), "israel", RightAction.RESUME_HOSTILITIES))
          .as(name)
          .isEqualTo(-1);
      assertThat(firstDayLawful(text, Optional.empty(), "lebanon", RightAction.SUSPEND_OBLIGATIONS))
          .as(name)
          .isEqualTo(-1);
    }
  }

  @Test
  void lebanonMayBreachItsOngoingUndertakingOnAnyDaySoIsraelMayActFromDayOne() {
    Agreement text = lebanon("lebanon-2024");

    assertThat(
            firstDayLawful(text, Optional.of("lebanon"), "israel", RightAction.RESUME_HOSTILITIES))
        .isEqualTo(1);
  }

  @Test
  void whenIsraelConsultsTheUsFirstTheRightAppliesFromTheDayAfterTheBreach() {
    Agreement text = lebanon("lebanon-2024-consult");

    assertThat(
            firstDayLawful(text, Optional.of("lebanon"), "israel", RightAction.RESUME_HOSTILITIES))
        .isEqualTo(2);
  }

  @Test
  void theWithdrawalIsBreachedAtTheEndOfDaySixtyOfTheAgreementNeverBefore() {
    Agreement text = lebanon("lebanon-2024");

    assertThat(
            firstDayLawful(text, Optional.of("israel"), "lebanon", RightAction.SUSPEND_OBLIGATIONS))
        .isEqualTo(60);
    // Only the adversary breaches: lebanon's breach is not israel's.
    assertThat(
            firstDayLawful(text, Optional.of("israel"), "israel", RightAction.RESUME_HOSTILITIES))
        .isEqualTo(-1);
  }

  /** The states the checker explores for the Lebanon text, keeping the lines {@code keep} keeps. */
  private static long states(Predicate<String> keep, Optional<String> adversary) {
    String source = Sources.read(DIR.resolve("lebanon-2024.truce")).source().text();
    String kept = source.lines().filter(keep).collect(Collectors.joining("\n", "", "\n"));
    ModelResult r = ModelBuilder.load(new SourceText("kept.truce", kept));
    assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
    CheckOptions options = CheckOptions.defaults();
    if (adversary.isPresent()) {
      options = options.withAdversary(adversary.get());
    }
    return Checker.check(r.agreement().orElseThrow(), Optional.empty(), options)
        .exploration()
        .states();
  }

  @Test
  void aBreachNoRightReadsTakesNoState() {
    // docs/semantics.md "Breaches": only what a right reads is explored. Without the rights, the
    // duties add nothing to the search, whoever the adversary is.
    Predicate<String> noRights = l -> !l.startsWith("[1");
    Predicate<String> noDuties =
        noRights.and(l -> !l.contains(" undertakes ") && !l.contains(" withdraws "));
    for (String adversary : List.of("israel", "lebanon")) {
      assertThat(states(noRights, Optional.of(adversary)))
          .as(adversary)
          .isEqualTo(states(noDuties, Optional.of(adversary)));
    }
    // With them, the adversary's breach is one more bit; israel's withdrawal makes the day count
    // up to 60.
    assertThat(states(l -> true, Optional.of("lebanon")))
        .isGreaterThan(states(noRights, Optional.of("lebanon")));
    assertThat(states(l -> true, Optional.of("israel"))).isGreaterThan(60);
  }

  @Test
  void everyKindOfDutyBreachedIsCitedInTheWitnessAndReplays() {
    Path file = Golden.resources().resolve(Path.of("fuzz", "agreements", "breach-duties.truce"));
    String source = Sources.read(file).source().text();
    StringBuilder text = new StringBuilder();
    // Any breach by south confirmed (its aid shortfall on day 1); its undertaking on armed groups
    // (from day 3) when only clause 4 reads a breach by south; north's withdrawal (day 8).
    check(source, l -> true, "south", text, "");
    check(source, l -> !l.startsWith("[5]"), "south", text, ", without clause 5");
    check(source, l -> true, "north", text, "");
    // Its undertaking by day 2 (the list), not kept by then, when clause 4 reads that instead.
    String list = source.replace("south breached clause 1.2", "south breached clause 1.4");
    check(list, l -> !l.startsWith("[5]"), "south", text, ", clause 4 reading clause 1.4");
    Golden.assertMatches(DIR.resolve("breach-duties.out"), text.toString());
  }

  private static void check(
      String source, Predicate<String> keep, String adversary, StringBuilder out, String variant) {
    String kept = source.lines().filter(keep).collect(Collectors.joining("\n", "", "\n"));
    ModelResult r = ModelBuilder.load(new SourceText("breach-duties.truce", kept));
    assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
    Agreement agreement = r.agreement().orElseThrow();
    CheckReport report =
        Checker.check(agreement, r.sourceMap(), CheckOptions.defaults().withAdversary(adversary));
    out.append("# --adversary ").append(adversary);
    out.append(variant).append('\n');
    out.append(CheckText.render("breach-duties.truce", report));
    for (Analysis a : report.analyses()) {
      a.witness()
          .ifPresent(
              w -> WitnessReplay.replay(new Interpreter(agreement, Optional.of(adversary)), w));
    }
  }
}
