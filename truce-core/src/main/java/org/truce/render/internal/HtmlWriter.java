package org.truce.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.truce.model.ClauseRef;
import org.truce.render.Phrase;
import org.truce.table.Markup;

/**
 * Writes a {@link Doc} as one self-contained HTML5 page with its style inline. The output is also
 * well-formed XML (void elements closed, no named entities), so that tests can check it with the
 * JDK's XML parser.
 */
public final class HtmlWriter {
  private static final String CSS = loadCss();

  private final StringBuilder out = new StringBuilder();
  private final Set<String> anchors = new HashSet<>();

  private HtmlWriter() {}

  public static String write(Doc doc) {
    HtmlWriter w = new HtmlWriter();
    w.document(doc);
    return w.out.toString();
  }

  private void document(Doc doc) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"truce\"/>\n")
        .append("<title>")
        .append(Markup.html(doc.title().plain()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
        .append(inline(doc.title()))
        .append("</h1>\n");
    if (!doc.facts().isEmpty()) {
      out.append("<dl class=\"facts\">\n");
      for (Doc.Fact fact : doc.facts()) {
        out.append("<dt>")
            .append(Markup.html(fact.label()))
            .append("</dt><dd>")
            .append(inline(fact.value()))
            .append("</dd>\n");
      }
      out.append("</dl>\n");
    }
    doc.notes()
        .forEach(note -> out.append("<p class=\"note\">").append(inline(note)).append("</p>\n"));
    out.append("</header>\n");
    for (Doc.Article article : doc.articles()) {
      String anchor = anchor("article-" + article.number(), "article-" + article.number());
      out.append("<section id=\"")
          .append(Markup.html(anchor))
          .append("\">\n<h2>Article ")
          .append(article.number())
          .append(". ")
          .append(inline(article.heading()))
          .append("</h2>\n");
      article.blocks().forEach(this::block);
      out.append("</section>\n");
    }
    for (Doc.Part part : doc.parts()) {
      String anchor = anchor("instrument-" + part.name(), "instrument-" + part.name());
      out.append("<section class=\"instrument\" id=\"")
          .append(Markup.html(anchor))
          .append("\">\n<h2>")
          .append(inline(part.heading()))
          .append("</h2>\n");
      part.blocks().forEach(this::block);
      out.append("</section>\n");
    }
    for (Doc.Annex annex : doc.annexes()) {
      String anchor = anchor("annex-" + annex.letter(), "annex-" + annex.letter());
      out.append("<section class=\"annex\" id=\"")
          .append(Markup.html(anchor))
          .append("\">\n<h2>Annex ")
          .append(annex.letter())
          .append(". ")
          .append(inline(annex.heading()))
          .append("</h2>\n");
      annex.blocks().forEach(this::block);
      out.append("</section>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
  }

  private void block(Doc.Block block) {
    switch (block) {
      case Doc.Para p -> paragraph(p);
      case Doc.Note n -> out.append("<p class=\"note\">").append(inline(n.text())).append("</p>\n");
      case Doc.Table t -> table(t);
    }
  }

  private void paragraph(Doc.Para p) {
    String fallback = "p-" + p.number();
    String anchor = anchor(p.ref().id().map(id -> "clause-" + id).orElse(fallback), fallback);
    out.append("<p class=\"clause\" id=\"").append(Markup.html(anchor)).append('"');
    p.line().ifPresent(line -> out.append(" data-line=\"").append(line).append('"'));
    out.append("><span class=\"num\">").append(p.number()).append("</span>");
    tag(p.ref());
    out.append(' ').append(inline(p.text())).append("</p>\n");
  }

  private void tag(ClauseRef ref) {
    ref.id()
        .ifPresent(
            id -> out.append(" <span class=\"tag\">[").append(Markup.html(id)).append("]</span>"));
    ref.label()
        .map(Labels::sentence)
        .filter(l -> !l.isEmpty())
        .ifPresent(l -> out.append(" <em class=\"label\">").append(Markup.html(l)).append("</em>"));
  }

  private void table(Doc.Table t) {
    out.append("<table>\n<thead>\n<tr>");
    for (int i = 0; i < t.headers().size(); i++) {
      out.append("<th scope=\"col\"")
          .append(t.numeric().get(i) ? " class=\"n\"" : "")
          .append('>')
          .append(Markup.html(t.headers().get(i)))
          .append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (List<Phrase> row : t.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.append(t.numeric().get(i) ? "<td class=\"n\">" : "<td>")
            .append(inline(row.get(i)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** A unique element id: the wanted one, else the fallback (which is unique by construction). */
  private String anchor(String wanted, String fallback) {
    String chosen = anchors.add(wanted) ? wanted : fallback;
    anchors.add(chosen);
    return chosen;
  }

  static String inline(Phrase phrase) {
    StringBuilder text = new StringBuilder();
    for (Phrase.Part part : phrase.parts()) {
      switch (part) {
        case Phrase.Words w -> text.append(Markup.html(w.text()));
        case Phrase.Name n -> text.append("<code>").append(Markup.html(n.text())).append("</code>");
        case Phrase.Quote q -> text.append('\u201C').append(Markup.html(q.text())).append('\u201D');
      }
    }
    return text.toString();
  }

  private static String loadCss() {
    try (InputStream in = HtmlWriter.class.getResourceAsStream("/org/truce/render/document.css")) {
      if (in == null) {
        throw new IllegalStateException("document.css is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
