package org.truce.render.internal;

import java.util.List;
import java.util.Optional;
import org.truce.model.ClauseRef;
import org.truce.render.Phrase;

/**
 * The rendered agreement as a format-neutral document: a title block, then numbered articles of
 * paragraphs, tables and notes, then one part per instrument other than the agreement, then
 * lettered annexes for analysts. The Markdown and HTML writers only lay it out and escape it.
 */
public record Doc(
    Phrase title,
    List<Fact> facts,
    List<Phrase> notes,
    List<Article> articles,
    List<Part> parts,
    List<Annex> annexes) {
  public Doc {
    facts = List.copyOf(facts);
    notes = List.copyOf(notes);
    articles = List.copyOf(articles);
    parts = List.copyOf(parts);
    annexes = List.copyOf(annexes);
  }

  /**
   * "Annex A. For analysts" after the articles: what the text or its baseline says for the analyses
   * (interests, required properties, accepted findings), which is not an article of the agreement.
   * Its paragraphs are numbered A.1, A.2, ...
   */
  public record Annex(String letter, Phrase heading, List<Block> blocks) {
    public Annex {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * "Side letter `letter`: Letter of assurances": an instrument other than the agreement, after the
   * articles, with its rights and assurances; its paragraphs are numbered letter.1, ...
   */
  public record Part(String name, Phrase heading, List<Block> blocks) {
    public Part {
      blocks = List.copyOf(blocks);
    }
  }

  /** One line of the title block: "Version: 2024-05-31". */
  public record Fact(String label, Phrase value) {}

  /** "Article 3. Phase `one`: Cease-fire" and its blocks. */
  public record Article(int number, Phrase heading, List<Block> blocks) {
    public Article {
      blocks = List.copyOf(blocks);
    }
  }

  /** What an article contains. */
  public sealed interface Block {}

  /**
   * A numbered paragraph ("3.2"), with the id and label of the clause it renders when tagged and
   * the clause's source line when known.
   */
  public record Para(String number, ClauseRef ref, Phrase text, Optional<Integer> line)
      implements Block {}

  /** A table with a header row; {@code numeric} marks right-aligned columns. */
  public record Table(List<String> headers, List<Boolean> numeric, List<List<Phrase>> rows)
      implements Block {
    public Table {
      headers = List.copyOf(headers);
      numeric = List.copyOf(numeric);
      rows = rows.stream().map(List::copyOf).toList();
      int columns = headers.size();
      if (numeric.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
        throw new IllegalArgumentException("every row needs one cell per column");
      }
    }
  }

  /** A remark in smaller type, such as a schedule that runs past its phase. */
  public record Note(Phrase text) implements Block {}
}
