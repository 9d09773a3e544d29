package org.truce.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.render.AgreementRenderer;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.Parser;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;

/**
 * The lapse clause end to end (docs/semantics.md, step 10): a lapsed run finishes without
 * concluding, and after a lapse every party is free, which exposure counts.
 */
class LapseTest {
  private static final String TEXT =
      """
      agreement "Lapse"
      party north "North"
      party south "South"
      held by south { detainee 10 }
      interest north: all detainee released by south
      interest south: hostilities ended
      phase one "Pause" lasts 10 days {
        hostilities paused
        south releases 10 detainee by day 5
        north undertakes "let the displaced return to the north" from day 3
        talks on two begin by day 2
      }
      phase two "Calm" lasts indefinitely, begins when talks on two agreed {
        hostilities ended
      }
      %s
      """;

  private static Agreement load(String lapse) {
    ModelResult result = ModelBuilder.load(new SourceText("lapse.truce", TEXT.formatted(lapse)));
    assertThat(result.diagnostics()).isEmpty();
    return result.agreement().orElseThrow();
  }

  private static Analysis analysis(Agreement agreement, String name) {
    return Checker.check(agreement, Optional.empty(), CheckOptions.defaults()).analyses().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withoutALapseTheTalksMayGoOnForEver() {
    Agreement agreement = load("");
    assertThat(analysis(agreement, "completes").verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(analysis(agreement, "exposure(south)").value()).hasValue(0);
  }

  @Test
  void aSunsetEndsEveryRun() {
    Analysis completes = analysis(load("lapses on day 12"), "completes");
    assertThat(completes.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(completes.summary()).contains("lapses");
  }

  @Test
  void aSunsetUnlessTheTalksAreAgreedExposesTheReleases() {
    Agreement agreement = load("lapses on day 12 unless talks on two agreed");
    // Once the talks are agreed, phase two lasts indefinitely and the text never lapses.
    assertThat(analysis(agreement, "completes").verdict()).isEqualTo(Verdict.VIOLATED);
    Analysis exposure = analysis(agreement, "exposure(south)");
    assertThat(exposure.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(exposure.value()).hasValue(10);
    assertThat(exposure.summary()).contains("the agreement has lapsed");
    assertThat(exposure.witness().orElseThrow().events())
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo("lapsed"));
  }

  @Test
  void theTimelineShowsTheLapseDay() {
    Timeline timeline = TimelineBuilder.build(load("lapses on day 12"));
    assertThat(timeline.ending().kind()).isEqualTo(Timeline.EndingKind.LAPSED);
    assertThat(timeline.ending().lastDay()).isEqualTo(12);
    assertThat(timeline.ending().reason()).contains("lapses on day 12");
  }

  @Test
  void renderSaysLapsesNotConcludes() {
    String md = AgreementRenderer.markdown(load("lapses when talks on two stalled"));
    assertThat(md).contains("Lapse").contains("The agreement lapses as soon as");
    assertThat(md).doesNotContain("concludes");
    assertThat(md).contains("From day 3 of this phase, north undertakes");
  }

  @Test
  void theFormatterKeepsBothForms() {
    for (String lapse :
        new String[] {
          "lapses when talks on two stalled",
          "lapses on day 12",
          "lapses on day 12 unless talks on two agreed"
        }) {
      String formatted =
          Formatter.format(Parser.parse(new SourceText("l.truce", TEXT.formatted(lapse))));
      assertThat(formatted).contains(lapse).contains("from day 3");
    }
  }
}
