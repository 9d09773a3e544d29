package org.truce.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.source.Span;

/** A word of an entry's first line, with where it is. */
record Token(String text, Span span) {
  /** The words of {@code line}, split at spaces and tabs; {@code start} is the line's offset. */
  static List<Token> split(String line, int start) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > from) {
        tokens.add(new Token(line.substring(from, i), new Span(start + from, i - from)));
      }
    }
    return tokens;
  }
}
