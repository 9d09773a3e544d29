package org.truce.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/**
 * Step 3 of a day is phase by phase and clause by clause in text order (docs/semantics.md, "One
 * day, in order"), for the releases that outlive their phase too (in days of the agreement,
 * conditional): when less is held than the day's releases ask, the release of the phase written
 * first draws first, whether that phase is still in force or has ended. The timeline once made the
 * releases of phases in force first, and those outliving their phase after them, so it drew them in
 * another order than the checker's compliant run.
 */
class OutlivingReleaseOrderTest {
  private static final String HEADER =
      """
      agreement "Order of the day"
      party hamas "Hamas"
      party israel "Israel"
      held by hamas {
        hostage.living 10
      }
      interest hamas: hostilities ended
      interest israel: all hostage.living released
      """;

  private static Agreement load(String text) {
    ModelResult result = ModelBuilder.load(new SourceText("test.truce", HEADER + text));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  /** The releases of {@code day}, in the order made: "phase count/due". */
  private static List<String> releases(Timeline timeline, long day) {
    return timeline.day(day).orElseThrow().events().stream()
        .filter(TimelineEvent.Released.class::isInstance)
        .map(TimelineEvent.Released.class::cast)
        .map(r -> r.phase() + " " + r.count() + "/" + r.due())
        .toList();
  }

  @Test
  void aReleaseInDaysOfTheAgreementOfAnEndedPhaseDrawsBeforeALaterPhase() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                phase one lasts 2 days {
                  hostilities paused
                  hamas releases all remaining hostage.living by day 5 of the agreement
                }
                phase two lasts 10 days, begins after one {
                  hostilities paused
                  hamas releases 4 hostage.living on day 3
                }
                """),
            TimelineOptions.defaults());

    // Day 5 of the agreement is day 3 of phase two: phase one's release comes first.
    assertThat(releases(timeline, 5)).containsExactly("one 10/10", "two 0/4");
  }

  @Test
  void aConditionalReleaseOfAnEndedPhaseDrawsBeforeALaterPhase() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                phase one lasts 2 days {
                  hostilities paused
                  hamas releases 1 hostage.living on day 2
                  hamas releases all remaining hostage.living within 3 days after hamas has released 1 hostage.living
                }
                phase two lasts 10 days, begins after one {
                  hostilities paused
                  hamas releases 4 hostage.living on day 3
                }
                """),
            TimelineOptions.defaults());

    // Completed on day 2, armed on day 3, due on day 5: day 3 of phase two.
    assertThat(releases(timeline, 5)).containsExactly("one 9/9", "two 0/4");
  }
}
