package org.truce.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.testing.Golden;
import org.truce.timeline.Fixtures;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineOptions;
import org.truce.timeline.TimelineOptions.TalksOutcome;

/** Golden files for the three renderings of timelines of hand-built agreements. */
class TimelineRenderTest {
  private static final Path DIR = Golden.resources().resolve("timeline").resolve("fixtures");

  static Stream<Arguments> timelines() {
    return Stream.of(
        Arguments.of(
            "november-extended",
            TimelineBuilder.build(
                Fixtures.november2023(), TimelineOptions.defaults().extend("pause", 3))),
        Arguments.of("framework", TimelineBuilder.build(Fixtures.framework())),
        Arguments.of("best-effort", TimelineBuilder.build(Fixtures.bestEffort())),
        // hours and a zone: labels show when each day ends, an hour later after summer time
        Arguments.of("beirut", TimelineBuilder.build(fromFile("beirut"))),
        // lumps: owed once, when the group is complete (one of them two days later)
        Arguments.of("lump", TimelineBuilder.build(fromFile("lump"))),
        Arguments.of("window", TimelineBuilder.build(Fixtures.window())),
        Arguments.of(
            "agreement-day-release", TimelineBuilder.build(Fixtures.agreementDayRelease())),
        Arguments.of(
            "framework-stalled",
            TimelineBuilder.build(
                Fixtures.framework(),
                TimelineOptions.defaults().extend("one", 2).withTalks(TalksOutcome.STALLED))));
  }

  private static org.truce.model.Agreement fromFile(String name) {
    try {
      String text = java.nio.file.Files.readString(DIR.resolve(name + ".truce"));
      return org.truce.model.ModelBuilder.load(
              new org.truce.source.SourceText(name + ".truce", text))
          .agreement()
          .orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void text(String name, Timeline timeline) {
    Golden.assertMatches(DIR.resolve(name + ".txt"), TimelineText.render(timeline));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void markdown(String name, Timeline timeline) {
    Golden.assertMatches(DIR.resolve(name + ".md"), TimelineMarkdown.render(timeline));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timelines")
  void json(String name, Timeline timeline) throws Exception {
    String json = TimelineJson.render(timeline);
    Golden.assertMatches(DIR.resolve(name + ".json"), json);
    JsonNode tree = new ObjectMapper().readTree(json);
    assertThat(tree.get("days")).hasSize(timeline.days().size());
    Function<String, Long> total =
        party ->
            Stream.of(tree.get("totals").get("released"))
                .flatMap(array -> java.util.stream.StreamSupport.stream(array.spliterator(), false))
                .filter(t -> t.get("party").asText().equals(party))
                .mapToLong(t -> t.get("count").asLong())
                .sum();
    assertThat(total.apply("hamas"))
        .isEqualTo(timeline.totals().releasedBy("hamas", Fixtures.cat("hostage")));
  }
}
