package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.model.json.AgreementJson;
import org.truce.render.AgreementRenderer;
import org.truce.render.timeline.TimelineJson;
import org.truce.render.timeline.TimelineText;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.Parser;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineNote;

/**
 * A line whose status is unknown at signing through the text's other forms (docs/semantics.md
 * "Status unknown at signing"): fmt, the model printer, JSON, the timeline and render.
 */
class UnknownStatusTextTest {
  private static final String TEXT =
      """
      agreement "Unknown"
      party israel "Israel"
      party hamas "Hamas"
      held by hamas {
        hostage.living  10
        hostage.unknown 8 "living or dead"   either hostage.living or  hostage.remains
        detainee.unknown 3 either detainee.alive, detainee.dead or detainee.missing
      }
      held by israel { prisoner 1000 }
      interest israel: all hostage released by hamas
      interest hamas: released prisoner >= 1
      phase one "Pause" lasts 3 days {
        hostilities paused
        hamas releases 8 hostage.unknown on day 1
        israel releases 30 prisoner for each hostage.living released
      }
      """;

  private static Agreement load(String text) {
    ModelResult loaded = ModelBuilder.load(new SourceText("unknown.truce", text));
    assertThat(loaded.diagnostics()).isEmpty();
    return loaded.agreement().orElseThrow();
  }

  @Test
  void fmtWritesTheStatusesAfterTheDescription() {
    String formatted = Formatter.format(Parser.parse(new SourceText("unknown.truce", TEXT)));
    assertThat(formatted)
        .contains(
            """
              hostage.living   10
              hostage.unknown  8 "living or dead" either hostage.living or hostage.remains
              detainee.unknown 3 either detainee.alive, detainee.dead or detainee.missing
            """);
    assertThat(Formatter.format(Parser.parse(new SourceText("again.truce", formatted))))
        .isEqualTo(formatted);
  }

  @Test
  void eitherIsAWordOfTheGrammarOnlyOnTheLineItEnds() {
    String text =
        TEXT.replace("  hostage.living  10\n", "  hostage.living  10\n  either.thing 2\n");
    Agreement agreement = load(text);
    assertThat(agreement.holdings().getFirst().entries().get(0).either()).isEmpty();
    assertThat(agreement.holdings().getFirst().entries().get(1).category())
        .isEqualTo(new Category("either.thing"));
  }

  @Test
  void theModelKeepsTheStatusesAndPrintsThemBack() {
    Agreement agreement = load(TEXT);
    Holdings.Entry line = agreement.holdings().getFirst().entries().get(1);
    assertThat(line.unknownStatus()).isTrue();
    assertThat(line.either())
        .containsExactly(new Category("hostage.living"), new Category("hostage.remains"));
    assertThat(load(ModelPrinter.print(agreement))).isEqualTo(agreement);
  }

  @Test
  void jsonCarriesEitherOnlyWhereTheStatusIsUnknown() {
    Agreement agreement = load(TEXT);
    String json = AgreementJson.write(agreement);
    assertThat(json).contains("\"either\"");
    assertThat(json.split("\"either\"", -1)).hasSize(3);
    assertThat(AgreementJson.read(json, "unknown.json").agreement()).hasValue(agreement);
  }

  @Test
  void theTimelineChoosesNoSplitAndNotesTheRangeDue() {
    var timeline = TimelineBuilder.build(load(TEXT));
    List<TimelineNote> notes = timeline.notes();
    assertThat(notes)
        .anySatisfy(
            n ->
                assertThat(n.text())
                    .isEqualTo(
                        "on day 1 `israel` owes 30 `prisoner` per `hostage.living` among the 8"
                            + " `hostage.unknown` released, revealed at release: 0 to 240"));
    assertThat(TimelineText.render(timeline)).doesNotContain("israel releases");
    assertThat(TimelineJson.render(timeline))
        .contains("\"kind\": \"revealed-at-release\"")
        .contains("\"mostDue\": 240");
  }

  @Test
  void renderShowsTheStatusOfEachLine() {
    String markdown = AgreementRenderer.markdown(load(TEXT));
    assertThat(markdown)
        .contains("unknown at signing: each hostage.living or hostage.remains, revealed at release")
        .contains(
            "unknown at signing: each detainee.alive, detainee.dead or detainee.missing, revealed"
                + " at release");
  }
}
