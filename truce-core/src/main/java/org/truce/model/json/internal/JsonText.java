package org.truce.model.json.internal;

import org.truce.source.Span;

/**
 * Finds the extent of JSON values in the raw text, so that a diagnostic can underline the whole
 * value Jackson stopped at (it only reports where the value starts). Works on text that may be
 * malformed after the offset: a scan that runs off the end stops at the end.
 */
final class JsonText {
  private JsonText() {}

  /** The span of the value (string, number, word, object or list) that starts at {@code offset}. */
  static Span valueAt(String text, int offset) {
    if (offset >= text.length()) {
      return new Span(text.length(), 0);
    }
    char c = text.charAt(offset);
    int end =
        switch (c) {
          case '"' -> stringEnd(text, offset);
          case '{', '[' -> containerEnd(text, offset);
          default -> wordEnd(text, offset);
        };
    return new Span(offset, Math.max(1, end - offset));
  }

  /** The text inside the quotes when a string starts at {@code offset}, else the value's span. */
  static Span contentAt(String text, int offset) {
    Span value = valueAt(text, offset);
    if (offset < text.length() && text.charAt(offset) == '"' && value.length() >= 2) {
      boolean closed = text.charAt(value.end() - 1) == '"';
      return new Span(offset + 1, value.length() - (closed ? 2 : 1));
    }
    return value;
  }

  /**
   * The innermost object that contains {@code offset} (an offset on its closing brace counts as
   * inside), or the value at the offset when no object contains it.
   */
  static Span enclosingObject(String text, int offset) {
    int[] stack = new int[64];
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = stringEnd(text, i) - 1;
      } else if (c == '{' || c == '[') {
        if (depth == stack.length) {
          stack = java.util.Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = c == '{' ? i : -1 - i;
      } else if ((c == '}' || c == ']') && depth > 0) {
        int start = stack[--depth];
        if (c == '}' && start >= 0 && start <= offset && offset <= i) {
          return new Span(start, i + 1 - start);
        }
      }
    }
    return valueAt(text, offset);
  }

  private static int stringEnd(String text, int start) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"' || c == '\n') {
        return i + 1;
      }
    }
    return text.length();
  }

  private static int containerEnd(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        i = stringEnd(text, i) - 1;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length() && ",:{}[]\" \t\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
