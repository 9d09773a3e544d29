package org.truce.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.render.ConditionText;
import org.truce.render.Phrase;
import org.truce.render.Phrases;

/**
 * The article of one phase: a first paragraph on its length, beginning and end, then one numbered
 * paragraph per clause in the order of the text, with a table under each release in batches.
 */
final class PhaseArticle {
  private PhaseArticle() {}

  static Doc.Article of(Phase phase, int number, Function<Object, Optional<Integer>> lines) {
    Phrase.Builder heading = Phrase.builder().words("Phase ").name(phase.name());
    phase.title().ifPresent(t -> heading.words(": " + t));
    ArticleBuilder article = new ArticleBuilder(number, heading.build(), lines);

    List<String> extensions = new ArrayList<>();
    // The course paragraph is N.1, so the clause at index i becomes paragraph N.(i + 2).
    for (int i = 0; i < phase.clauses().size(); i++) {
      if (phase.clauses().get(i) instanceof PhaseClause.Extension) {
        extensions.add(number + "." + (i + 2));
      }
    }
    article.para(phase.ref(), course(phase, extensions), phase);
    for (PhaseClause clause : phase.clauses()) {
      article.para(clause.ref(), ClauseText.of(clause, true), clause);
      if (clause instanceof PhaseClause.Release release) {
        BatchTable.of(release, phase).forEach(article::add);
      }
    }
    return article.build();
  }

  /** "Phase `one` lasts 42 days. It begins on day 1 of the agreement. It ends ...". */
  private static Phrase course(Phase phase, List<String> extensions) {
    Phrase.Builder out = Phrase.builder().words("Phase ").name(phase.name());
    out.words(
        phase
            .durationDays()
            .map(d -> " lasts " + Phrases.days(d) + ". ")
            .orElse(" has no fixed length. "));
    switch (phase.entry()) {
      case Phase.Entry.OnDay on -> out.words("It begins on day " + on.day() + " of the agreement.");
      case Phase.Entry.After after ->
          out.words("It begins on the day after phase ").name(after.phase()).words(" ends.");
      case Phase.Entry.When when ->
          out.words("It begins on the first day when ")
              .add(ConditionText.of(when.condition()))
              .words(".");
    }
    String extended =
        extensions.isEmpty()
            ? ""
            : ", with any extension under "
                + (extensions.size() == 1 ? "paragraph " : "paragraphs ")
                + Phrases.listWords(extensions)
                + ",";
    if (phase.durationDays().isPresent()) {
      out.words(
          " It ends when its " + Phrases.days(phase.durationDays().get()) + extended + " have run");
      phase
          .endsWhen()
          .ifPresent(
              c -> out.words(", or earlier, on the first day when ").add(ConditionText.of(c)));
      out.words(".");
    } else if (phase.endsWhen().isPresent()) {
      out.words(" It ends on the first day when ")
          .add(ConditionText.of(phase.endsWhen().get()))
          .words(".");
    } else {
      out.words(" The text sets no end for it.");
    }
    return out.build();
  }
}
