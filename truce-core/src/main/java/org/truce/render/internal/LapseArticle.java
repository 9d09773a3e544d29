package org.truce.render.internal;

import org.truce.model.Lapse;
import org.truce.render.ConditionText;
import org.truce.render.Phrase;

/**
 * The lapse clause as an article: "The agreement lapses on day 60 of the agreement unless the talks
 * on phase two are agreed", and what a lapse means (docs/semantics.md, step 10). It says "lapses",
 * never "concludes": a lapsed agreement is over without having been performed.
 */
final class LapseArticle {
  private LapseArticle() {}

  static Doc.Article of(Lapse lapse, ArticleBuilder article) {
    Phrase when =
        lapse.onDay().isPresent()
            ? lapse
                .condition()
                .map(
                    c ->
                        Phrase.words(
                                "The agreement lapses at the end of day "
                                    + lapse.onDay().get()
                                    + " of the agreement unless at that time ")
                            .then(ConditionText.of(c))
                            .then("."))
                .orElse(
                    Phrase.words(
                        "The agreement lapses at the end of day "
                            + lapse.onDay().get()
                            + " of the agreement."))
            : Phrase.words("The agreement lapses as soon as ")
                .then(ConditionText.of(lapse.trigger()))
                .then(".");
    article.para(lapse.ref(), when, lapse);
    article.para(
        org.truce.model.ClauseRef.NONE,
        Phrase.words(
            "Once lapsed, the agreement binds no party: its obligations, assurances and rights"
                + " end with it, and it is not concluded."),
        lapse);
    return article.build();
  }
}
