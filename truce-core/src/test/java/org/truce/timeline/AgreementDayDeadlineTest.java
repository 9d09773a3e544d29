package org.truce.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.render.timeline.TimelineText;
import org.truce.source.SourceText;
import org.truce.timeline.TimelineEvent.Due;
import org.truce.timeline.TimelineEvent.Timing;

/**
 * Deadlines in days of the agreement (docs/semantics.md, "Deadlines in days of the agreement"): the
 * obligation falls due on that day of the agreement, after its phase has ended too.
 */
class AgreementDayDeadlineTest {
  private static final String HEADER =
      """
      agreement "Cessation of hostilities"
      party israel "Israel"
      party lebanon "Lebanon"
      interest israel: hostilities paused
      interest lebanon: hostilities paused
      """;

  static Agreement load(String text) {
    ModelResult result = ModelBuilder.load(new SourceText("test.truce", HEADER + text));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  private static List<Long> dueDays(Timeline timeline) {
    return timeline.days().stream()
        .filter(d -> d.events().stream().anyMatch(e -> e instanceof Due))
        .map(Timeline.Day::day)
        .toList();
  }

  private static Due due(Timeline timeline) {
    return timeline.days().stream()
        .flatMap(d -> d.events().stream())
        .filter(Due.class::isInstance)
        .map(Due.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anObligationOutlivesItsPhaseUntilItsDayOfTheAgreement() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                phase one "Withdrawal" lasts 56 days {
                  hostilities paused
                  israel withdraws from "the south" by day 60 of the agreement
                  extends by 1 week while talks on two agreed, up to 2 weeks
                  talks on two begin by day 7
                }
                phase two "Arrangements" lasts 30 days, begins after one {
                  hostilities paused
                }
                """));

    assertThat(timeline.phases().getFirst().endDay()).contains(56L);
    assertThat(dueDays(timeline)).containsExactly(60L);
    assertThat(due(timeline).timing()).isEqualTo(Timing.BY_AGREEMENT_DAY);
    assertThat(due(timeline).phase()).isEqualTo("one");
    assertThat(TimelineText.render(timeline))
        .contains("by day 60 of the agreement (the latest compliant day), after one ended");
  }

  @Test
  void theDeadlineDoesNotMoveWithAnExtensionNorAnEarlyEnd() {
    String extended =
        """
        phase one "Withdrawal" lasts 56 days {
          hostilities paused
          lebanon undertakes "deploy the army in the south" by day 60 of the agreement
          extends by 1 week while day > 0, up to 2 weeks
        }
        """;
    Timeline longer =
        TimelineBuilder.build(load(extended), TimelineOptions.defaults().extend("one", 14));
    assertThat(longer.phases().getFirst().endDay()).contains(70L);
    assertThat(dueDays(longer)).containsExactly(60L);
    assertThat(TimelineText.render(longer))
        .contains("by day 60 of the agreement (the latest compliant day)");

    String early =
        """
        phase one "Withdrawal" lasts 56 days, ends when day > 20 {
          hostilities paused
          lebanon undertakes "deploy the army in the south" by day 60 of the agreement
        }
        phase two "Arrangements" lasts indefinitely, begins after one {
          hostilities paused
        }
        """;
    Timeline shorter = TimelineBuilder.build(load(early));
    assertThat(shorter.phases().getFirst().endDay()).contains(21L);
    assertThat(dueDays(shorter)).containsExactly(60L);
  }

  @Test
  void aDeliveryIsMadeOnItsDayOfTheAgreementAfterItsPhase() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                phase one "Relief" lasts 10 days {
                  hostilities paused
                  israel delivers 200 food.tonne by day 15 of the agreement
                }
                phase two "Arrangements" lasts 10 days, begins after one {
                  hostilities paused
                }
                """));
    assertThat(
            timeline.days().stream()
                .filter(
                    d -> d.events().stream().anyMatch(e -> e instanceof TimelineEvent.Delivered))
                .map(Timeline.Day::day))
        .containsExactly(15L);
  }

  @Test
  void aDeadlineWithinThePhaseIsPlacedOnItsDayOfTheAgreement() {
    Timeline timeline =
        TimelineBuilder.build(
            load(
                """
                phase one "Pause" lasts 10 days {
                  hostilities paused
                }
                phase two "Withdrawal" lasts 60 days, begins after one {
                  hostilities paused
                  israel withdraws from "the south" by day 30 of the agreement
                }
                """));
    // Day 30 of the agreement is day 20 of phase two, which began on day 11.
    assertThat(dueDays(timeline)).containsExactly(30L);
  }
}
