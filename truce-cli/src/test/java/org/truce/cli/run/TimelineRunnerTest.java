package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.cli.ErrorFormat;
import org.truce.cli.testing.Transcript;
import org.truce.timeline.TimelineOptions.TalksOutcome;

class TimelineRunnerTest {
  private static final String PAUSE = "src/test/resources/inputs/pause.truce";

  private static Transcript timeline(
      TimelineFormat format, boolean json, Map<String, Long> extend, long horizon) {
    return Transcript.of(
        io ->
            TimelineRunner.run(
                new TimelineRunOptions(
                    PAUSE,
                    format,
                    json,
                    extend,
                    TalksOutcome.AGREED,
                    horizon,
                    Optional.empty(),
                    ErrorFormat.HUMAN),
                io));
  }

  @Test
  void text() {
    timeline(TimelineFormat.TEXT, false, Map.of(), 1000).matches("timeline-text");
  }

  @Test
  void markdown() {
    Transcript t = timeline(TimelineFormat.MD, false, Map.of(), 1000);
    assertThat(t.exit()).isZero();
    assertThat(t.out()).contains("|").contains("Four-day pause");
  }

  @Test
  void json() {
    Transcript t = timeline(TimelineFormat.TEXT, true, Map.of(), 1000);
    assertThat(t.exit()).isZero();
    assertThat(t.out()).startsWith("{").contains("\"truce-timeline/1\"");
  }

  @Test
  void anExtensionOfAnUnknownPhaseIsAUsageError() {
    timeline(TimelineFormat.TEXT, false, Map.of("paws", 2L), 1000)
        .matches("timeline-unknown-phase");
  }

  @Test
  void aNegativeExtensionIsAUsageError() {
    Transcript t = timeline(TimelineFormat.TEXT, false, Map.of("pause", -1L), 1000);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("`--extend pause=-1`");
  }

  @Test
  void aHorizonBelowOneDayIsAUsageError() {
    Transcript t = timeline(TimelineFormat.TEXT, false, Map.of(), 0);
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).isEqualTo("truce timeline: `--horizon` must be at least 1 day\n");
  }
}
