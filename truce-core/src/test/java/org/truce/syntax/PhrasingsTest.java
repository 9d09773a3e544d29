package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.source.Diagnostic;

/**
 * Phrasings people write (issue 17, 2.15), each in every place it can appear: the synonyms parse to
 * the tree of their canonical form (so {@code fmt} prints the canonical form and the round trips
 * hold), and the others get one coded diagnostic, with a hint that shows the form to write.
 */
class PhrasingsTest {
  private static String inPhase(String clause) {
    return Snippets.HEADER + "phase one lasts 42 days {\n  " + clause + "\n}\n";
  }

  private static String formatted(String text) {
    ParseResult r = Snippets.parse(text);
    assertThat(r.diagnostics()).as(text).isEmpty();
    return Formatter.format(r.tree().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "north releases 30 hostage, 3 weekly | north releases 30 hostage, 3 every week",
        "north releases 30 hostage, 3 daily from day 2 | north releases 30 hostage, 3 per day from day 2",
        "north releases 40 hostage in weekly batches of 8 | north releases 40 hostage, 8 every week",
        "north releases 40 hostage in daily batches of 8 from day 3 | north releases 40 hostage, 8 per day from day 3",
        "north releases 40 hostage in batches of 8 every 3 days | north releases 40 hostage, 8 every 3 days",
        "south allows 600 aid.truck weekly | south allows 600 aid.truck per week",
        "south allows 600 aid.truck every week | south allows 600 aid.truck per week",
        "south allows 600 aid.truck every 2 days | south allows 600 aid.truck, 600 every 2 days",
        "south delivers 20 food.tonne daily | south delivers 20 food.tonne per day",
        "south releases 3 prisoner for each hostage released | south releases 3 prisoner per hostage released",
        "south releases 3 prisoner for every hostage released by north within 1 day | south releases 3 prisoner per hostage released by north within 1 day",
        "extends by 1 day for every 5 additional hostage released | extends by 1 day per 5 additional hostage released",
        "extends by 1 day for each 10 hostage released, up to 6 days | extends by 1 day per 10 hostage released, up to 6 days",
      })
  void synonymsReadAsTheCanonicalForm(String synonym, String canonical) {
    assertThat(formatted(inPhase(synonym))).isEqualTo(formatted(inPhase(canonical)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "phase two lasts 4 days, begins after phase one { hostilities paused } | phase two lasts 4 days, begins after one { hostilities paused }",
      })
  void beginsAfterPhaseReadsAsBeginsAfter(String synonym, String canonical) {
    String one = Snippets.HEADER + "phase one lasts 4 days { hostilities paused }\n";
    assertThat(formatted(one + synonym)).isEqualTo(formatted(one + canonical));
  }

  /** Each phrase in each place it can stand, and the code and hint it gets. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Calendar dates: wherever a day is written, except a deadline `by DATE`
        // (CalendarDeadlineSyntaxTest).
        "north releases 10 hostage on 2026-03-17 | E130 | `on day N`",
        "north releases 30 hostage, 3 every 7 days from 2026-03-17 | E130 | `from day N`",
        "talks on one begin by 2026-03-17 | E130 | `by day N`",
        // Hours: wherever a length is written, except the period of a deadline (`within 48 hours`).
        "extends by 48 hours while hostilities paused | E131 | `2 days`",
        "north releases 30 hostage, 3 every 72 hours | E131 | `3 days`",
        "north releases 10 hostage within 24 hours | E133 | `by day 1`",
        "north releases 10 hostage within 2 weeks | E133 | `by day 14`",
        // Months and years.
        "extends by 2 months while hostilities paused | E132 | `60 days`",
        "extends by 1 day while hostilities paused, up to 1 year | E132 | `365 days`",
        "north releases 30 hostage, 3 every 2 months | E132 | `60 days`",
        "south releases 3 prisoner per hostage released within 1 month | E132 | `30 days`",
        // Breaches in a condition.
        "extends by 1 day while not south violates | E134 | --adversary south",
        "north may resume hostilities when south breaches | E160 | `south breached`",
        "north may terminate agreement when south violates | E134 | --adversary south",
        // Percentages.
        "north releases 50% hostage by day 4 | E135 | `50`",
        // Batches with no total, or no interval.
        "north releases 3 hostage every week | E138 | `releases N hostage, 3 every week`",
        "north releases 3 hostage every 2 days | E138 | `releases N hostage, 3 every 2 days`",
        "north releases 3 hostage weekly | E138 | `releases N hostage, 3 every week`",
        "north releases 30 hostage in batches of 8 | E139 | `releases N hostage, 8 every 7 days`",
        // For every N in an exchange.
        "south releases 30 prisoner for every 5 additional hostage released | E137 | `releases 6 prisoner per hostage released`",
        "south releases 30 prisoner for every 7 hostage released | E137 | not a whole number",
      })
  void phrasesInAPhaseGetTheirHint(String clause, String code, String hint) {
    assertOne(inPhase(clause), code, hint);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "phase one lasts 2 months { hostilities paused } | E132 | `60 days`",
        "phase one lasts 42 days, begins on 2026-03-17 { hostilities paused } | E130 | `begins on day N`",
        "phase one lasts 4 days, begins when south violates { hostilities paused } | E134 | --adversary south",
        "phase one lasts 4 days, ends when south violates { hostilities paused } | E134 | --adversary south",
        "require always released hostage <= 50% | E135 | `50`",
        "north may resume hostilities when south breaches | E160 | `south breached`",
        "us ensures not south violates | E134 | --adversary south",
      })
  void phrasesAtTheTopLevelGetTheirHint(String clause, String code, String hint) {
    assertOne(Snippets.HEADER + clause + "\n", code, hint);
  }

  @ParameterizedTest
  @CsvSource({"mediator", "party", "guarantor", "endorser"})
  void tabledByARoleGetsItsHint(String role) {
    assertOne("agreement \"T\" tabled by " + role + "\n", "E136", "`tabled by qatar`");
  }

  /**
   * The new words are not reserved: parties may still be called so (`of` is, for `by day N of the
   * agreement`).
   */
  @ParameterizedTest
  @CsvSource({"weekly", "daily", "in", "for", "each", "batches"})
  void theNewWordsStayFreeAsNames(String word) {
    String text =
        Snippets.HEADER
            + "party "
            + word
            + " \"X\"\nheld by "
            + word
            + " { hostage 10 }\nphase one lasts 4 days {\n  hostilities paused\n  "
            + word
            + " releases 5 hostage\n  "
            + word
            + " releases 5 hostage\n}\n";
    assertThat(Snippets.parse(text).diagnostics()).as(text).isEmpty();
  }

  private static void assertOne(String text, String code, String hint) {
    List<Diagnostic> diagnostics = Snippets.parse(text).diagnostics();
    assertThat(diagnostics).as(text).hasSize(1);
    Diagnostic d = diagnostics.getFirst();
    assertThat(d.code().id()).as(text).isEqualTo(code);
    assertThat(d.hint()).as(text).hasValueSatisfying(h -> assertThat(h).contains(hint));
  }
}
