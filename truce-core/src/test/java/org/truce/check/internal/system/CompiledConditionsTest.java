package org.truce.check.internal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.check.CheckOptions.Progress;
import org.truce.check.internal.explore.Explorer;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.explore.Limits;
import org.truce.model.ConditionEvaluator;
import org.truce.testing.AgreementGenerator;

/**
 * The compiled conditions the step function reads agree with the plain reading of the model ({@link
 * ConditionEvaluator} over a {@link Valuation}) on every condition and probed figure of generated
 * texts, in the states their search reaches.
 */
class CompiledConditionsTest {
  @Test
  void compiledConditionsReadAsTheModelDoes() {
    AtomicInteger compared = new AtomicInteger();
    qt().withExamples(60)
        .withShrinkCycles(3)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              TransitionSystem ts = new TransitionSystem(agreement, Optional.empty(), false);
              Graph graph =
                  Explorer.explore(ts, new Limits(2_000, Duration.ofSeconds(1), Progress.NONE, 1));
              var conditions = ConditionScan.all(agreement);
              for (int id = 0; id < graph.size(); id++) {
                long[] v = graph.values(id);
                Valuation plain = ts.view(v);
                for (ConditionScan.Owned owned : conditions) {
                  assertThat(ts.conditions.holds(owned.condition(), v))
                      .as("%s in state %d", owned.condition(), id)
                      .isEqualTo(ConditionEvaluator.holds(owned.condition(), plain));
                  compared.incrementAndGet();
                }
                for (ConditionScan.Probe probe : ts.probes) {
                  assertThat(ts.conditions.value(probe.figure(), v))
                      .as("%s in state %d", probe.figure(), id)
                      .isEqualTo(ConditionEvaluator.value(probe.figure(), plain));
                }
              }
            });
    assertThat(compared.get()).isGreaterThan(10_000);
  }
}
