package org.truce.syntax;

import java.util.List;
import org.truce.source.Span;

/** {@code agreement "Title"} followed by its fields, in the order written. */
public record Header(Text title, List<HeaderField> fields, Span span) {
  public Header {
    fields = List.copyOf(fields);
  }
}
