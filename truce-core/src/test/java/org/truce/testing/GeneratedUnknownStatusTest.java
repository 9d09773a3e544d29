package org.truce.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.Holdings;
import org.truce.model.ModelPrinter;
import org.truce.model.PhaseClause;

/**
 * The generator draws lines whose status is unknown at signing, releases of them and texts that
 * read their statuses, so that the properties over generated texts (witness replay, SPIN, the
 * timeline, round trips) cover the construct.
 */
class GeneratedUnknownStatusTest {
  @Test
  void generatedTextsReleaseLinesOfUnknownStatusAndReadTheirStatuses() {
    AtomicInteger lines = new AtomicInteger();
    AtomicInteger released = new AtomicInteger();
    AtomicInteger read = new AtomicInteger();
    qt().withExamples(300)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              var unknown =
                  agreement.holdings().stream()
                      .flatMap(h -> h.entries().stream())
                      .filter(Holdings.Entry::unknownStatus)
                      .toList();
              if (unknown.isEmpty()) {
                return;
              }
              lines.incrementAndGet();
              if (releases(agreement, unknown.getFirst())) {
                released.incrementAndGet();
              }
              String text = ModelPrinter.print(agreement);
              if (unknown.getFirst().either().stream()
                  .anyMatch(s -> text.split(" " + s.path() + "[ \\n]", -1).length > 2)) {
                read.incrementAndGet();
              }
            });
    assertThat(lines.get()).isGreaterThan(20);
    assertThat(released.get()).isGreaterThan(5);
    assertThat(read.get()).isGreaterThan(2);
  }

  private static boolean releases(Agreement agreement, Holdings.Entry line) {
    return agreement.phases().stream()
        .flatMap(p -> p.clauses().stream())
        .anyMatch(c -> c instanceof PhaseClause.Release r && r.category().equals(line.category()));
  }
}
