package org.truce.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.PromelaExport;
import org.truce.check.SemanticDiff;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelPrinter;
import org.truce.model.ModelResult;
import org.truce.model.SourceMap;
import org.truce.model.json.AgreementJson;
import org.truce.negotiate.ClauseChanges;
import org.truce.negotiate.ClauseDiff;
import org.truce.negotiate.ClauseDiffJson;
import org.truce.negotiate.ClauseDiffText;
import org.truce.render.AgreementRenderer;
import org.truce.render.check.CheckJson;
import org.truce.render.check.CheckText;
import org.truce.render.check.SemanticDiffJson;
import org.truce.render.check.SemanticDiffText;
import org.truce.render.timeline.TimelineJson;
import org.truce.render.timeline.TimelineMarkdown;
import org.truce.render.timeline.TimelineText;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticRenderer;
import org.truce.source.SourceText;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;
import org.truce.timeline.TimelineOptions;
import org.truce.vocabulary.Role;

/**
 * What the commands do with a valid agreement, for the fuzz targets: {@code check} (every analysis,
 * without and with an adversary) and {@code diff} on a small budget, {@code timeline} in every
 * format, {@code render}, {@code export} to JSON and Promela, and the printer behind {@code
 * import}. Findings are exceptions and broken round trips; verdicts are not judged here.
 */
final class Commands {
  /**
   * The checker's budget per run: small, so that a fuzz target runs many inputs a second. The time
   * limit is a guard for inputs whose states are costly; most inputs stop at the state limit or
   * finish their search before it.
   */
  static final CheckOptions SMALL =
      CheckOptions.defaults().withLimits(2_000, Duration.ofSeconds(1)).withThreads(1);

  private Commands() {}

  /** Runs every command on {@code agreement}; {@code choice} picks the adversary and options. */
  static void run(Agreement agreement, Optional<SourceMap> sources, int choice) {
    roundTrips(agreement);

    CheckReport report = Checker.check(agreement, sources, SMALL);
    CheckText.render("fuzz.truce", report);
    CheckJson.analyses(report);
    CheckJson.exploration(report.exploration());

    List<String> parties =
        agreement.actors().stream().filter(a -> a.has(Role.PARTY)).map(Actor::name).toList();
    CheckOptions adversary =
        parties.isEmpty()
            ? SMALL
            : SMALL.withAdversary(parties.get(Math.floorMod(choice, parties.size())));
    diff(agreement, sources, adversary);

    timelines(agreement, choice);
    promela(agreement, SMALL);
    promela(agreement, adversary);
    AgreementRenderer.render(agreement, sources, AgreementRenderer.Format.MARKDOWN);
    AgreementRenderer.render(agreement, sources, AgreementRenderer.Format.HTML);
  }

  /** The printed text and the JSON form both read back as the same agreement. */
  static void roundTrips(Agreement agreement) {
    String printed = ModelPrinter.print(agreement);
    ModelResult reloaded = ModelBuilder.load(new SourceText("printed.truce", printed));
    assertThat(reloaded.diagnostics()).as(printed).noneMatch(Diagnostic::isError);
    assertThat(reloaded.agreement()).as(printed).contains(agreement);

    String json = AgreementJson.write(agreement);
    ModelResult imported = AgreementJson.read(json, "exported.json");
    assertThat(imported.diagnostics()).as(json).noneMatch(Diagnostic::isError);
    assertThat(imported.agreement()).as(json).contains(agreement);
    assertThat(AgreementJson.write(imported.agreement().orElseThrow())).isEqualTo(json);
  }

  /**
   * {@code truce diff} of the text against itself as exported to JSON and imported back: the
   * clauses do not change, nor do the verdicts when both searches were complete.
   */
  private static void diff(Agreement agreement, Optional<SourceMap> sources, CheckOptions options) {
    ModelResult imported = AgreementJson.read(AgreementJson.write(agreement), "exported.json");
    Agreement again = imported.agreement().orElseThrow();
    ClauseChanges clauses = ClauseDiff.between(agreement, again);
    ClauseDiffText.render(clauses);
    ClauseDiffJson.of(clauses);
    SemanticDiff.Result result =
        SemanticDiff.between(agreement, sources, again, imported.sourceMap(), options);
    SemanticDiffText.render(result);
    SemanticDiffJson.render(result);
    if (result.old().exploration().complete() && result.now().exploration().complete()) {
      assertThat(result.entries())
          .allMatch(
              e ->
                  e.change() == SemanticDiff.Change.UNCHANGED
                      || e.change() == SemanticDiff.Change.UNDECIDED,
              "verdicts unchanged by a round trip");
    }
  }

  /** The timeline with the default choices, and with the talks stalled and an extension taken. */
  private static void timelines(Agreement agreement, int choice) {
    TimelineOptions stalled =
        TimelineOptions.defaults().withTalks(TimelineOptions.TalksOutcome.STALLED);
    if (!agreement.phases().isEmpty()) {
      String phase =
          agreement.phases().get(Math.floorMod(choice, agreement.phases().size())).name();
      stalled = stalled.extend(phase, 1 + Math.floorMod(choice, 5));
    }
    for (TimelineOptions options : List.of(TimelineOptions.defaults(), stalled)) {
      Timeline timeline = TimelineBuilder.build(agreement, options);
      TimelineText.render(timeline);
      TimelineJson.render(timeline);
      TimelineMarkdown.render(timeline);
    }
  }

  /** The Promela model, unless the text's numbers do not fit Promela (a refusal, not a finding). */
  private static void promela(Agreement agreement, CheckOptions options) {
    try {
      PromelaExport.of(agreement, options, "fuzz.truce");
    } catch (PromelaExport.TooLarge e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  /** Every diagnostic points inside {@code source}, and renders. */
  static void assertPlaced(SourceText source, List<Diagnostic> diagnostics) {
    int length = source.text().length();
    for (Diagnostic d : diagnostics) {
      assertThat(d.span().offset()).as("start of %s", d.code()).isGreaterThanOrEqualTo(0);
      assertThat(d.span().end()).as("end of %s", d.code()).isLessThanOrEqualTo(length);
    }
    DiagnosticRenderer.render(source, diagnostics);
  }
}
