package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.json.AgreementJson;
import org.truce.negotiate.ClauseDiff;
import org.truce.render.AgreementRenderer;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;
import org.truce.timeline.TimelineBuilder;

/**
 * Issue 16, item 4: an agreement whose durations, days, counts, ratios, extensions and caps take
 * extreme values either gets a diagnostic at validation, or every later stage (check, diff,
 * timeline, Promela export, JSON, render) runs over it without an exception. Before, a `within` of
 * 10^8 days passed validation and then ran the checker out of memory, and 10^9 weeks overflowed.
 */
class ExtremeNumbersPropertyTest {
  /** Edge values: around every bound a stage may rely on, and the largest number there is. */
  private static final long[] NUMBERS = {
    0,
    1,
    2,
    7,
    10,
    366,
    367,
    5_218,
    36_525,
    36_526,
    1_000_000,
    100_000_000,
    999_999_999,
    1_000_000_000
  };

  private static final String TEMPLATE =
      """
      agreement "Extremes"
      party a "A"
      party b "B"
      held by a { hostage %d }
      held by b { prisoner %d }
      phase one "One" lasts %d %s, begins on day %d {
        hostilities paused
        a releases %d hostage, %d every %d %s from day %d
        b releases %d prisoner per hostage released by a within %d %s
        extends by %d %s per %d additional hostage released by a, up to %d %s
        talks on two begin by day %d
      }
      phase two "Two" lasts indefinitely, begins after one {
        hostilities paused
        a releases all remaining hostage, %d every %d days
        b allows %d aid.truck per week
      }
      require eventually released hostage by a >= %d within %d days
      """;

  private static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(2_000, Duration.ofSeconds(2)).withThreads(1);

  @Test
  void extremeNumbersGetADiagnosticOrEveryStageRuns() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, NUMBERS.length - 1)).ofSize(19),
            lists().of(integers().between(0, 1)).ofSize(5))
        .checkAssert(
            (picks, units) -> {
              Object[] args = new Object[24];
              int p = 0;
              int u = 0;
              String[] unit = {"days", "weeks"};
              int[] unitSlots = {3, 8, 12, 14, 17};
              for (int i = 0; i < args.length; i++) {
                final int slot = i;
                if (java.util.Arrays.stream(unitSlots).anyMatch(s -> s == slot)) {
                  args[i] = unit[units.get(u++ % units.size())];
                } else {
                  args[i] = NUMBERS[picks.get(p++ % picks.size())];
                }
              }
              String text = TEMPLATE.formatted(args);
              everyStageRuns(text);
            });
  }

  @Test
  void theReproducersOfTheIssueGetADiagnostic() {
    for (String within : List.of("100000000 days", "1000000000 weeks", "1000000000 days")) {
      String text =
          """
          agreement "T"
          party a "A"
          party b "B"
          held by a { hostage 100 }
          held by b { prisoner 300 }
          phase one "One" lasts 4 days {
            hostilities paused
            a releases 50 hostage by day 4
            b releases 3 prisoner per hostage released by a within %s
          }
          """
              .formatted(within);
      ModelResult result = ModelBuilder.load(new SourceText("t.truce", text));
      assertThat(result.diagnostics())
          .as(within)
          .anyMatch(d -> d.isError() && d.code().id().equals("E307"));
    }
  }

  private static void everyStageRuns(String text) {
    SourceText source = new SourceText("extremes.truce", text);
    ModelResult result = ModelBuilder.load(source);
    if (result.hasErrors()) {
      for (Diagnostic d : result.diagnostics()) {
        assertThat(d.span().offset() + d.span().length())
            .as(text)
            .isLessThanOrEqualTo(text.length());
      }
      return;
    }
    Agreement agreement = result.agreement().orElseThrow();
    Checker.check(agreement, result.sourceMap(), SMALL);
    SemanticDiff.between(agreement, result.sourceMap(), agreement, result.sourceMap(), SMALL);
    ClauseDiff.between(agreement, agreement);
    TimelineBuilder.build(agreement);
    try {
      PromelaExport.of(agreement, SMALL, "extremes.truce");
    } catch (PromelaExport.TooLarge tooLarge) {
      assertThat(tooLarge.getMessage()).isNotBlank();
    }
    String json = AgreementJson.write(agreement);
    assertThat(AgreementJson.read(json, "extremes.json").agreement()).as(text).isPresent();
    assertThat(
            AgreementRenderer.render(
                agreement, result.sourceMap(), AgreementRenderer.Format.MARKDOWN))
        .isNotBlank();
    assertThat(Optional.of(agreement)).isPresent();
  }
}
