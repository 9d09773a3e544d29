package org.truce.timeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineOptions;

class EntryScanTest {
  private static Agreement waitingFor(long n) {
    String text =
        """
        agreement "Waiting"
        party israel "Israel"
        party hamas "Hamas"
        phase one "One" lasts 3 days {
          hostilities paused
        }
        phase two "Two" lasts 5 days, begins when phase one ended and day >= %d {
          hostilities paused
        }
        """
            .formatted(n);
    ModelResult result = ModelBuilder.load(new SourceText("test.truce", text));
    assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    return result.agreement().orElseThrow();
  }

  @Test
  void aPhaseWaitingForADayBeginsOnItAndTheDaysAheadAreScannedOnce() {
    long n = 2_000;
    Simulation simulation =
        new Simulation(waitingFor(n), TimelineOptions.defaults().withHorizon(100_000));
    Timeline timeline = simulation.run();

    assertThat(timeline.phases().get(1).startDay()).isEqualTo(n);
    assertThat(timeline.ending().kind()).isEqualTo(Timeline.EndingKind.COMPLETE);
    // One scan from day 3 (phase one's end) to day n; every idle day after reuses it.
    assertThat(simulation.daysScanned()).isEqualTo(n - 3);
  }
}
