package org.truce.render.timeline;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.check.Examples;
import org.truce.testing.Golden;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineOptions;
import org.truce.timeline.TimelineOptions.TalksOutcome;

/** Golden files for the text, Markdown and JSON timelines of the bundled examples. */
class ExampleTimelineRenderTest {
  private static final Path DIR = Golden.resources().resolve("timeline");

  static Stream<Arguments> timelines() {
    return Stream.of(
        Arguments.of("november-2023", TimelineOptions.defaults()),
        Arguments.of(
            "november-2023-extended",
            TimelineOptions.defaults().extend("pause", 2).extend("pause", 1)),
        Arguments.of("framework-2024-proposal", TimelineOptions.defaults()),
        Arguments.of(
            "framework-2024-proposal-stalled",
            TimelineOptions.defaults().withTalks(TalksOutcome.STALLED)),
        Arguments.of("framework-2024-counterproposal", TimelineOptions.defaults()),
        Arguments.of(
            "framework-2024-counterproposal-stalled",
            TimelineOptions.defaults().withTalks(TalksOutcome.STALLED)));
  }

  private static Timeline build(String name, TimelineOptions options) {
    String example = name.replace("-extended", "").replace("-stalled", "");
    return TimelineBuilder.build(Examples.load(example), options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void text(String name, TimelineOptions options) {
    Golden.assertMatches(DIR.resolve(name + ".txt"), TimelineText.render(build(name, options)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void markdown(String name, TimelineOptions options) {
    Golden.assertMatches(DIR.resolve(name + ".md"), TimelineMarkdown.render(build(name, options)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void json(String name, TimelineOptions options) {
    Golden.assertMatches(DIR.resolve(name + ".json"), TimelineJson.render(build(name, options)));
  }
}
