package org.truce.syntax;

import java.util.List;
import org.truce.source.Span;

/**
 * A dotted category such as {@code hostage.living.civilian}. Each dot goes one level down a
 * hierarchy: {@code hostage} covers {@code hostage.living.civilian}.
 */
public record CategoryName(List<String> segments, Span span) {
  public CategoryName {
    segments = List.copyOf(segments);
  }

  public String path() {
    return String.join(".", segments);
  }
}
