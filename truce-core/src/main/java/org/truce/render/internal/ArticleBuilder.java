package org.truce.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.truce.model.ClauseRef;
import org.truce.render.Phrase;

/** Collects one article's blocks and numbers its paragraphs N.1, N.2, ... in order. */
final class ArticleBuilder {
  private final String number;
  private final Phrase heading;
  private final Function<Object, Optional<Integer>> lines;
  private final List<Doc.Block> blocks = new ArrayList<>();
  private int paragraphs;

  ArticleBuilder(int number, Phrase heading, Function<Object, Optional<Integer>> lines) {
    this(String.valueOf(number), heading, lines);
  }

  /** An annex's builder: its paragraphs are numbered A.1, A.2, ... */
  ArticleBuilder(String number, Phrase heading, Function<Object, Optional<Integer>> lines) {
    this.number = number;
    this.heading = heading;
    this.lines = lines;
  }

  /** The number the next paragraph will get, so that text can point at it. */
  String nextNumber() {
    return number + "." + (paragraphs + 1);
  }

  /** Adds a paragraph rendering {@code element} (a model record, for its source line). */
  String para(ClauseRef clause, Phrase text, Object element) {
    String n = nextNumber();
    paragraphs++;
    blocks.add(new Doc.Para(n, clause, text, lines.apply(element)));
    return n;
  }

  void add(Doc.Block block) {
    blocks.add(block);
  }

  Doc.Article build() {
    return new Doc.Article(Integer.parseInt(number), heading, blocks);
  }

  /** An instrument's part: its paragraphs are numbered with its name, {@code letter.1}, ... */
  Doc.Part buildPart() {
    return new Doc.Part(number, heading, blocks);
  }

  Doc.Annex buildAnnex() {
    return new Doc.Annex(number, heading, blocks);
  }
}
