package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.truce.model.Holdings.Entry;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;
import org.truce.testing.AgreementGenerator;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.Role;

/**
 * The printer and the loader are inverses on valid agreements, and printed text is already
 * formatted. Agreements come from {@link AgreementGenerator}.
 */
class RoundTripPropertyTest {
  private static final int EXAMPLES = 200;

  @Test
  void loadingPrintedTextGivesBackTheAgreement() {
    qt().withExamples(EXAMPLES)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              String printed = ModelPrinter.print(agreement);
              ModelResult loaded = ModelBuilder.load(new SourceText("printed.truce", printed));
              assertThat(loaded.diagnostics()).as(printed).noneMatch(d -> d.isError());
              assertThat(loaded.agreement()).as(printed).contains(agreement);
            });
  }

  @Test
  void printedTextIsFormatted() {
    qt().withExamples(EXAMPLES)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              String printed = ModelPrinter.print(agreement);
              ParseResult parsed = Parser.parse(new SourceText("printed.truce", printed));
              assertThat(parsed.diagnostics()).as(printed).isEmpty();
              assertThat(Formatter.format(parsed)).isEqualTo(printed);
            });
  }

  @Test
  void printsAModelInTheCanonicalLayoutWithoutTheDefaultBeginning() {
    ClauseRef none = ClauseRef.NONE;
    Category civilians = new Category("hostage.living.civilian");
    Agreement agreement =
        new Agreement(
            new Metadata(
                "Pause",
                Optional.of("v2"),
                Optional.empty(),
                Optional.of("north"),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            List.of(
                new Actor(none, "north", "North", List.of(Role.PARTY)),
                new Actor(none, "south", "South", List.of(Role.PARTY))),
            List.of(
                new Holdings(
                    none,
                    "south",
                    List.of(new Entry(civilians, Bound.EXACTLY, 10, Optional.empty())))),
            List.of(),
            List.of(
                new Phase(
                    new ClauseRef(Optional.of("1"), Optional.of("First \"stage\"")),
                    "one",
                    Optional.empty(),
                    Optional.of(42L),
                    new Phase.Entry.OnDay(1),
                    Optional.empty(),
                    List.of(
                        new PhaseClause.Hostilities(none, HostilityState.PAUSED),
                        new PhaseClause.Release(
                            none,
                            "south",
                            Optional.of(10L),
                            civilians,
                            Optional.of(new Schedule.Batches(2, 7, 1))),
                        new PhaseClause.Exchange(
                            none,
                            "north",
                            30,
                            new Category("prisoner"),
                            civilians,
                            Optional.of("south"),
                            0))),
                new Phase(
                    none,
                    "two",
                    Optional.empty(),
                    Optional.empty(),
                    new Phase.Entry.After("one"),
                    Optional.empty(),
                    List.of(new PhaseClause.Hostilities(none, HostilityState.ENDED)))),
            List.of(),
            List.of(),
            List.of(),
            Optional.of(new Conclusion(none, new Condition.PhaseIs("one", PhaseState.ENDED))));
    assertThat(ModelPrinter.print(agreement))
        .isEqualTo(
            """
            agreement "Pause"
              version "v2"
              tabled by north

            party north "North"
            party south "South"

            held by south {
              hostage.living.civilian 10
            }

            [1 "First \\"stage\\""]
            phase one lasts 42 days {
              hostilities paused
              south releases 10 hostage.living.civilian, 2 every 7 days
              north releases 30 prisoner per hostage.living.civilian released by south
            }

            phase two lasts indefinitely, begins after one {
              hostilities ended
            }

            concludes when phase one ended
            """);
  }

  @Test
  void printingGeneratedAgreementsNeverFailsAndEndsWithOneLineBreak() {
    qt().withExamples(EXAMPLES)
        .forAll(AgreementGenerator.agreements())
        .checkAssert(
            agreement -> {
              String printed = ModelPrinter.print(agreement);
              assertThat(printed)
                  .startsWith("agreement \"")
                  .endsWith("\n")
                  .doesNotEndWith("\n\n")
                  .doesNotContain("\n\n\n");
            });
  }
}
