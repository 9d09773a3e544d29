package org.truce.model.internal.print;

import java.util.List;
import java.util.Optional;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.source.Span;
import org.truce.syntax.CategoryName;
import org.truce.syntax.Clause;
import org.truce.syntax.Item;
import org.truce.syntax.Length;
import org.truce.syntax.Name;
import org.truce.syntax.Tag;
import org.truce.syntax.Text;
import org.truce.vocabulary.TimeUnit;

/** Small syntax nodes made from model values; every span is {@link Span#NONE}. */
final class Nodes {
  static final Span NONE = Span.NONE;

  private Nodes() {}

  static Name name(String text) {
    return new Name(text, NONE);
  }

  static Optional<Name> name(Optional<String> text) {
    return text.map(Nodes::name);
  }

  static List<Name> names(List<String> texts) {
    return texts.stream().map(Nodes::name).toList();
  }

  static Text text(String value) {
    return new Text(value, NONE);
  }

  static CategoryName category(Category category) {
    return new CategoryName(category.segments(), NONE);
  }

  /** The model counts in days; so does the printed text. */
  static Length days(long days) {
    return new Length(days, TimeUnit.DAYS, NONE);
  }

  static Item item(ClauseRef ref, Clause clause) {
    Optional<Tag> tag = ref.id().map(id -> new Tag(id, ref.label().map(Nodes::text), NONE));
    return new Item(tag, clause, NONE);
  }
}
