package org.truce.render.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.truce.model.Agreement;
import org.truce.model.Instrument;
import org.truce.model.PhaseClause;
import org.truce.render.Phrase;
import org.truce.vocabulary.InstrumentKind;

/**
 * One instrument other than the agreement as a part of the document, after the agreement's articles
 * (docs/render.md, "Instruments"): its kind, name and title as heading; who sends it to whom,
 * whether it is published, and its precedence as a note; then its rights and assurances as
 * paragraphs numbered with its name ({@code letter.1}, {@code letter.2}).
 */
final class InstrumentPart {
  private InstrumentPart() {}

  static Doc.Part of(
      Agreement agreement,
      Instrument instrument,
      Function<String, String> fullName,
      Function<Object, Optional<Integer>> lines) {
    Phrase heading =
        Phrase.builder()
            .words(capitalised(instrument.kind()) + " ")
            .name(instrument.name())
            .words(": " + instrument.title())
            .build();
    ArticleBuilder part = new ArticleBuilder(instrument.name(), heading, lines);
    part.add(new Doc.Note(status(agreement, instrument, fullName)));
    Optional<String> name = Optional.of(instrument.name());
    for (PhaseClause.Right r : agreement.rights()) {
      if (r.ref().instrument().equals(name)) {
        part.para(r.ref(), ClauseText.right(r, false), r);
      }
    }
    for (PhaseClause.Assurance a : agreement.assurances()) {
      if (a.ref().instrument().equals(name)) {
        part.para(a.ref(), ClauseText.assurance(a), a);
      }
    }
    return part.buildPart();
  }

  /** "From United States (us) to Israel (israel). Not published; as reported. It ranks ...". */
  private static Phrase status(
      Agreement agreement, Instrument i, Function<String, String> fullName) {
    Phrase.Builder out = Phrase.builder();
    i.from().ifPresent(f -> out.words("From " + fullName.apply(f) + " (").name(f).words(")"));
    i.to()
        .ifPresent(
            t ->
                out.words((i.from().isPresent() ? " to " : "To ") + fullName.apply(t) + " (")
                    .name(t)
                    .words(")"));
    if (i.from().isPresent() || i.to().isPresent()) {
      out.words(". ");
    }
    if (!i.published()) {
      out.words("Not published; as reported. ");
    }
    int rank = agreement.rankOf(i.name());
    if (i.rankUnstated()) {
      out.words("It states no precedence, so it ranks with the agreement (rank 0)");
    } else {
      out.words("It ranks " + i.relation().word() + " ");
      i.relativeTo()
          .ifPresentOrElse(
              other -> out.words("instrument ").name(other), () -> out.words("the agreement"));
      out.words(" (rank " + rank + "; the agreement has rank 0)");
    }
    out.words(
        ". Where a right and an assurance conflict, the clause of higher rank holds; at the same"
            + " rank, the assurance.");
    return out.build();
  }

  private static String capitalised(InstrumentKind kind) {
    String words = kind.words();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** For the title block: "Side letter `letter` (not published), Annex `maps`". */
  static Phrase listed(List<Instrument> instruments) {
    Phrase.Builder out = Phrase.builder();
    for (int n = 0; n < instruments.size(); n++) {
      Instrument i = instruments.get(n);
      out.words((n == 0 ? capitalised(i.kind()) : ", " + i.kind().words()) + " ").name(i.name());
      if (!i.published()) {
        out.words(" (not published)");
      }
    }
    return out.build();
  }
}
