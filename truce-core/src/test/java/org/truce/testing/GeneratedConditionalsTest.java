package org.truce.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * The generator draws conditional releases (docs/semantics.md "Conditional releases") in a good
 * share of its texts, in every form: both triggers ({@code all C} and a count), on releases of the
 * releasing party and of another, in the first phase and in later ones, with periods of 1 to 4
 * days, and triggers on a category some release of the text draws from, so that they can arm. The
 * properties over generated texts (witness replay, the timeline, SPIN, round trips) then cover the
 * construct.
 */
class GeneratedConditionalsTest {
  @Test
  void generatedTextsHoldConditionalReleasesOfEveryForm() {
    AtomicInteger texts = new AtomicInteger();
    AtomicInteger armable = new AtomicInteger();
    Set<String> forms = new TreeSet<>();
    qt().withExamples(300)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              boolean any = false;
              boolean canArm = false;
              for (int i = 0; i < agreement.phases().size(); i++) {
                Phase phase = agreement.phases().get(i);
                for (PhaseClause c : phase.clauses()) {
                  if (c instanceof PhaseClause.Release r
                      && r.schedule().orElse(null) instanceof Schedule.After a) {
                    any = true;
                    forms.add(a.count().isPresent() ? "count" : "all");
                    forms.add(a.party().equals(r.party()) ? "same party" : "other party");
                    forms.add(i == 0 ? "first phase" : "later phase");
                    forms.add("within " + a.withinDays());
                    forms.add(r.count().isPresent() ? "release count" : "all remaining");
                    canArm |= released(agreement, a);
                  }
                }
              }
              if (any) {
                texts.incrementAndGet();
              }
              if (canArm) {
                armable.incrementAndGet();
              }
            });
    assertThat(texts.get()).isGreaterThan(50);
    assertThat(armable.get()).isGreaterThan(30);
    assertThat(forms)
        .contains(
            "count",
            "all",
            "same party",
            "other party",
            "first phase",
            "later phase",
            "within 1",
            "within 2",
            "within 3",
            "within 4",
            "release count",
            "all remaining");
  }

  /** True when some release of the text by the trigger's party draws from its category. */
  private static boolean released(Agreement agreement, Schedule.After a) {
    return agreement.phases().stream()
        .flatMap(p -> p.clauses().stream())
        .anyMatch(
            c ->
                c instanceof PhaseClause.Release r
                    && r.party().equals(a.party())
                    && (a.category().covers(r.category()) || r.category().covers(a.category())));
  }
}
