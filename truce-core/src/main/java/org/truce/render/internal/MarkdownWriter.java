package org.truce.render.internal;

import java.util.List;
import org.truce.model.ClauseRef;
import org.truce.render.Phrase;
import org.truce.table.Markup;

/** Writes a {@link Doc} as CommonMark with GFM pipe tables. */
public final class MarkdownWriter {
  private final StringBuilder out = new StringBuilder();

  private MarkdownWriter() {}

  public static String write(Doc doc) {
    MarkdownWriter w = new MarkdownWriter();
    w.document(doc);
    return w.out.toString();
  }

  private void document(Doc doc) {
    out.append("# ").append(inline(doc.title(), false)).append("\n\n");
    for (Doc.Fact fact : doc.facts()) {
      out.append("- **")
          .append(Markup.markdown(fact.label()))
          .append(":** ")
          .append(inline(fact.value(), false))
          .append('\n');
    }
    out.append('\n');
    doc.notes().forEach(note -> out.append('*').append(inline(note, false)).append("*\n\n"));
    for (Doc.Article article : doc.articles()) {
      out.append("## Article ")
          .append(article.number())
          .append(". ")
          .append(inline(article.heading(), false))
          .append("\n\n");
      article.blocks().forEach(this::block);
    }
    for (Doc.Part part : doc.parts()) {
      out.append("## ").append(inline(part.heading(), false)).append("\n\n");
      part.blocks().forEach(this::block);
    }
    for (Doc.Annex annex : doc.annexes()) {
      out.append("## Annex ")
          .append(annex.letter())
          .append(". ")
          .append(inline(annex.heading(), false))
          .append("\n\n");
      annex.blocks().forEach(this::block);
    }
  }

  private void block(Doc.Block block) {
    switch (block) {
      case Doc.Para p -> out.append(paragraph(p)).append("\n\n");
      case Doc.Note n -> out.append('*').append(inline(n.text(), false)).append("*\n\n");
      case Doc.Table t -> table(t);
    }
  }

  private static String paragraph(Doc.Para p) {
    StringBuilder line = new StringBuilder();
    line.append("**").append(p.number()).append("**");
    line.append(tag(p.ref()));
    return line.append(' ').append(inline(p.text(), false)).toString();
  }

  /** " [civilians] *Release of civilian hostages.*", or nothing for an untagged clause. */
  static String tag(ClauseRef ref) {
    StringBuilder out = new StringBuilder();
    // Plain brackets are safe: the document never defines link references.
    ref.id().ifPresent(id -> out.append(" [").append(Markup.markdown(id)).append(']'));
    ref.label()
        .map(Labels::sentence)
        .filter(l -> !l.isEmpty())
        .ifPresent(l -> out.append(" *").append(Markup.markdown(l)).append('*'));
    return out.toString();
  }

  private void table(Doc.Table t) {
    row(t.headers().stream().map(Markup::markdown).toList());
    out.append('|');
    for (boolean numeric : t.numeric()) {
      out.append(numeric ? "---:|" : "---|");
    }
    out.append('\n');
    for (List<Phrase> cells : t.rows()) {
      row(cells.stream().map(c -> inline(c, true)).toList());
    }
    out.append('\n');
  }

  private void row(List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(" |");
    }
    out.append('\n');
  }

  static String inline(Phrase phrase, boolean inTable) {
    StringBuilder text = new StringBuilder();
    for (Phrase.Part part : phrase.parts()) {
      switch (part) {
        case Phrase.Words w -> text.append(Markup.markdown(w.text()));
        case Phrase.Name n -> text.append(Markup.markdownCode(n.text(), inTable));
        case Phrase.Quote q -> text.append('"').append(Markup.markdown(q.text())).append('"');
      }
    }
    return text.toString();
  }
}
