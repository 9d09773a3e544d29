package org.truce.syntax;

import java.util.List;
import org.truce.source.Span;

/**
 * The syntax tree of one {@code .truce} file: the header, then the top-level items in source order.
 * Comments are not in the tree; {@link ParseResult#comments()} keeps them beside it.
 */
public record AgreementSyntax(Header header, List<Item> items, Span span) {
  public AgreementSyntax {
    items = List.copyOf(items);
  }
}
