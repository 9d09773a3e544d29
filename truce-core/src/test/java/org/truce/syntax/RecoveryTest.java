package org.truce.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.syntax.Snippets.HEADER;
import static org.truce.syntax.Snippets.codes;
import static org.truce.syntax.Snippets.messages;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One mistake, one diagnostic: recovery resumes at the next clause and keeps what parsed. */
class RecoveryTest {
  private static List<String> kinds(String text) {
    return Snippets.parse(text).tree().orElseThrow().items().stream()
        .map(item -> item.clause().getClass().getSimpleName())
        .toList();
  }

  @Test
  void aBadClauseIsLeftOutAndTheNextOneKept() {
    String text = HEADER + "party a\nparty b \"B\"\nhostilities pause\ninterest b: true";
    assertThat(codes(text)).containsExactly("E110", "E110");
    assertThat(kinds(text)).containsExactly("ActorDecl", "Interest");
  }

  @Test
  void errorInAConditionDoesNotRestartInsideIt() {
    // `talks` and `hostilities` start clauses too; mid-line they are part of the broken condition.
    String text =
        HEADER
            + "israel may resume hostilities when hostilities pause and talks agreed\n"
            + "party a \"A\"";
    assertThat(codes(text)).containsExactly("E110");
    assertThat(kinds(text)).containsExactly("ActorDecl");
  }

  @Test
  void errorInAPhaseHeaderSkipsItsBody() {
    String text = HEADER + "phase one lasts 3 dayz {\n hostilities paused\n}\nparty a \"A\"";
    assertThat(codes(text)).containsExactly("E110");
    assertThat(kinds(text)).containsExactly("ActorDecl");
  }

  @Test
  void errorInAPhaseBodyStaysInTheBody() {
    String text =
        HEADER
            + "phase one lasts 3 days {\n hostilities paus\n talks on two begin by day 2\n}\n"
            + "party a \"A\"";
    assertThat(codes(text)).containsExactly("E110");
    assertThat(kinds(text)).containsExactly("Phase", "ActorDecl");
    Clause.Phase phase =
        (Clause.Phase) Snippets.parse(text).tree().orElseThrow().items().get(0).clause();
    assertThat(phase.body())
        .extracting(i -> i.clause().getClass().getSimpleName())
        .containsExactly("Talks");
  }

  @Test
  void missingOpeningBraceOfAPhaseStillReadsItsBody() {
    String text = HEADER + "phase one lasts 3 days\n hostilities paused\n}\nparty a \"A\"";
    assertThat(messages(text)).containsExactly("expected `{`, but found the word `hostilities`");
    assertThat(kinds(text)).containsExactly("Phase", "ActorDecl");
  }

  @Test
  void unclosedPhaseIsReportedAtItsBraceAndKept() {
    String text = HEADER + "phase one lasts 3 days {\n hostilities paused\n";
    assertThat(messages(text)).containsExactly("this `{` is never closed");
    assertThat(Snippets.parse(text).diagnostics().get(0).span().offset())
        .isEqualTo(HEADER.length() + 23);
    assertThat(kinds(text)).containsExactly("Phase");
  }

  @Test
  void unclosedHoldingsBlockEndsAtTheNextClause() {
    String text = HEADER + "held by a { x 1\n y 2\nparty a \"A\"";
    assertThat(codes(text)).containsExactly("E113");
    assertThat(kinds(text)).containsExactly("Holdings", "ActorDecl");
  }

  @Test
  void badHoldingLineIsSkippedAndTheOthersKept() {
    String text = HEADER + "held by a {\n x\n y 2\n z about\n w 3 }";
    assertThat(codes(text)).containsExactly("E110", "E110");
    Clause.Holdings holdings =
        (Clause.Holdings) Snippets.parse(text).tree().orElseThrow().items().get(0).clause();
    assertThat(holdings.entries()).extracting(h -> h.category().path()).containsExactly("y", "w");
  }

  @Test
  void junkAfterAClauseIsOneError() {
    String text = HEADER + "interest hamas: hostilities ended permanently\ninterest israel: true";
    assertThat(messages(text)).containsExactly("the name `permanently` does not start a clause");
    assertThat(kinds(text)).containsExactly("Interest", "Interest");
  }

  @Test
  void nameWithoutAVerb() {
    assertThat(messages(HEADER + "hamas release 3 x\nparty a \"A\""))
        .containsExactly(
            "expected a verb such as `releases`, `may` or `ensures` after `hamas`, but found the name `release`");
    assertThat(messages(HEADER + "hamas\nparty a \"A\""))
        .containsExactly("the name `hamas` does not start a clause");
  }

  @Test
  void strayClosingBrace() {
    assertThat(messages(HEADER + "party a \"A\"\n}\nparty b \"B\""))
        .containsExactly("`}` does not start a clause");
  }

  @Test
  void reservedWordAsAName() {
    assertThat(messages(HEADER + "party via \"Via\""))
        .containsExactly("`via` is a reserved word of the language and cannot be used as a name");
    // Followed by a name, the word is more likely a slip than a name: the name is missing.
    assertThat(messages(HEADER + "talks on phase two begin by day 3"))
        .containsExactly("expected a phase name, but found the word `phase`");
    assertThat(codes(HEADER + "held by a { day.x 3 }")).containsExactly("E114");
    assertThat(codes(HEADER + "held by a { x.day 3 }")).isEmpty();
    assertThat(codes(HEADER + "day releases 3 x")).containsExactly("E114");
    assertThat(codes(HEADER + "[all] party a \"A\"")).containsExactly("E114");
  }

  @Test
  void unclosedTag() {
    assertThat(codes(HEADER + "[a \"Label\"\nparty a \"A\"")).containsExactly("E113");
    assertThat(messages(HEADER + "[a \"Label\" 3] party a \"A\""))
        .containsExactly("expected `]`, but found the number `3`");
  }

  @Test
  void tagWithoutAClause() {
    assertThat(messages(HEADER + "phase one lasts 1 day { [a] }"))
        .containsExactly("expected a clause after the tag, but found `}`");
    assertThat(codes(HEADER + "[a]")).containsExactly("E110");
  }

  @Test
  void duplicatePhaseOption() {
    assertThat(messages(HEADER + "phase one lasts 1 day, ends when true, ends when false {}"))
        .containsExactly("phase `one` says twice when it ends");
  }

  @Test
  void lexicalErrorsDoNotAlsoGiveSyntaxErrors() {
    assertThat(codes(HEADER + "held by a { x 99999999999 }")).containsExactly("E104");
    assertThat(codes("agreement \"T\" dated 2024-02-30 version \"x\"")).containsExactly("E105");
    assertThat(codes(HEADER + "party a \"A")).containsExactly("E102");
  }

  @Test
  void truncatedFileGivesOneError() {
    assertThat(codes(HEADER + "hamas releases 3")).containsExactly("E110");
    assertThat(messages(HEADER + "hamas releases"))
        .containsExactly("expected a number or `all remaining`, but found the end of the file");
  }
}
