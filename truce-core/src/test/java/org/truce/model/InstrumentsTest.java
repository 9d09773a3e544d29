package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.Verdict;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.syntax.Formatter;
import org.truce.syntax.Parser;
import org.truce.testing.Golden;
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.RankRelation;

/**
 * Instruments and precedence (docs/semantics.md, "Instruments and precedence"): a side letter's
 * clauses name it, `fmt` keeps it, a clause has the same effect wherever it sits unless it outranks
 * the assurance that would remove it (the Promela export reads it too: SpinDifferentialTest).
 */
class InstrumentsTest {
  private static final Path DIR = Golden.resources().resolve("instruments");

  private static String text() {
    return Sources.read(DIR.resolve("side-letter.truce"), "instruments/side-letter.truce")
        .source()
        .text();
  }

  private static ModelResult load(String text) {
    ModelResult r = ModelBuilder.load(new SourceText("instruments/side-letter.truce", text));
    assertThat(r.diagnostics()).noneMatch(Diagnostic::isError);
    return r;
  }

  private static Analysis dead(String text) {
    ModelResult r = load(text);
    CheckReport report =
        Checker.check(
            r.agreement().orElseThrow(),
            r.sourceMap(),
            CheckOptions.defaults().withOnly(List.of("dead-clauses")));
    return report.analyses().getFirst();
  }

  @Test
  void theLettersClausesNameItAndItsDeclarationIsKept() {
    Agreement a = load(text()).agreement().orElseThrow();
    Instrument letter = a.instruments().getFirst();
    assertThat(letter.name()).isEqualTo("letter");
    assertThat(letter.kind()).isEqualTo(InstrumentKind.SIDE_LETTER);
    assertThat(letter.from()).contains("us");
    assertThat(letter.to()).contains("israel");
    assertThat(letter.published()).isFalse();
    assertThat(letter.relation()).isEqualTo(RankRelation.ABOVE);
    assertThat(a.rights())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ref().instrument()).contains("letter");
              assertThat(r.ref().id()).contains("L.1");
            });
    assertThat(a.assurances().getFirst().ref().instrument()).isEmpty();
    assertThat(a.rankOf(a.rights().getFirst().ref())).isEqualTo(1);
    assertThat(a.rankOf(a.assurances().getFirst().ref())).isZero();
  }

  @Test
  void fmtKeepsTheInstrumentAndIsStable() {
    String once = Formatter.format(Parser.parse(new SourceText("a.truce", text())));
    assertThat(once)
        .contains(
            "instrument letter \"Letter of assurances\" side letter from us to israel, not"
                + " published, ranks above agreement {\n"
                + "  [L.1 \"Action against violations in the south\"]\n"
                + "  israel may resume hostilities when phase one active\n"
                + "}");
    assertThat(Formatter.format(Parser.parse(new SourceText("a.truce", once)))).isEqualTo(once);
    assertThat(load(once).agreement()).isEqualTo(load(text()).agreement());
  }

  @Test
  void aLetterRankedAboveTheAgreementKeepsItsRightAgainstTheAssurance() {
    assertThat(dead(text()).verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void rankedWithOrBelowTheAgreementTheAssuranceVoidsTheRight() {
    for (String rank : List.of("ranks with agreement", "ranks below agreement")) {
      Analysis a = dead(text().replace("ranks above agreement", rank));
      assertThat(a.verdict()).as(rank).isEqualTo(Verdict.VIOLATED);
    }
  }

  @Test
  void aClauseMovedIntoAnInstrumentOfTheAgreementsRankChangesNoVerdict() {
    String inLetter = text().replace("ranks above agreement", "ranks with agreement");
    String outside =
        inLetter
            .replace(
                "instrument letter \"Letter of assurances\" side letter from us to israel, not"
                    + " published, ranks with agreement {\n",
                "")
            .replace(
                "  israel may resume hostilities when phase one active\n}",
                "israel may" + " resume hostilities when phase one active");
    List<String> a = verdicts(inLetter);
    assertThat(a).isEqualTo(verdicts(outside));
    assertThat(load(outside).agreement().orElseThrow().instruments()).isEmpty();
  }

  private static List<String> verdicts(String text) {
    ModelResult r = load(text);
    return Checker.check(r.agreement().orElseThrow(), Optional.empty(), CheckOptions.defaults())
        .analyses()
        .stream()
        .map(a -> a.name() + " " + a.verdict() + " " + a.value())
        .toList();
  }

  @Test
  void jsonCarriesTheInstrumentAndTheClausesThatNameIt() {
    Agreement a = load(text()).agreement().orElseThrow();
    String json = org.truce.model.json.AgreementJson.write(a);
    assertThat(json).contains("\"instruments\"", "\"instrument\": \"letter\"");
    ModelResult back = org.truce.model.json.AgreementJson.read(json, "side-letter.json");
    assertThat(back.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(back.agreement()).contains(a);
    String without =
        org.truce.model.json.AgreementJson.write(
            load(text().substring(0, text().indexOf("# Channel 13"))).agreement().orElseThrow());
    assertThat(without).doesNotContain("instrument");
  }

  @Test
  void jsonMayListAnInstrumentsRightBeforeTheAgreementsOwn() {
    Agreement a = load(text()).agreement().orElseThrow();
    PhaseClause.Right own =
        new PhaseClause.Right(
            new ClauseRef(Optional.of("9"), Optional.empty()),
            "lebanon",
            org.truce.vocabulary.RightAction.SUSPEND_OBLIGATIONS,
            Optional.empty());
    Agreement lettersFirst =
        new Agreement(
                a.metadata(),
                a.actors(),
                a.holdings(),
                a.interests(),
                a.phases(),
                List.of(a.rights().getFirst(), own),
                a.assurances(),
                a.requirements(),
                a.conclusion(),
                a.lapse())
            .withInstruments(a.instruments());
    ModelResult back =
        org.truce.model.json.AgreementJson.read(
            org.truce.model.json.AgreementJson.write(lettersFirst), "letters-first.json");
    assertThat(back.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(back.agreement().orElseThrow().rights()).containsExactly(own, a.rights().getFirst());
  }

  @Test
  void everyCopyWithOnePartChangedKeepsTheInstruments() {
    Agreement a = load(text()).agreement().orElseThrow();
    assertThat(a.instruments()).isNotEmpty();
    assertThat(a.withPhases(a.phases())).isEqualTo(a);
    assertThat(a.withLapse(a.lapse())).isEqualTo(a);
    assertThat(a.withRequirements(a.requirements())).isEqualTo(a);
    assertThat(a.withInstruments(a.instruments())).isEqualTo(a);
  }
}
