package org.truce.source;

import java.util.Arrays;

/**
 * The text of one input with its display name (usually the path as the user typed it). Computes
 * line and column numbers (1-based, columns in code points) for spans on demand.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  public SourceText(String name, String text) {
    this.name = name;
    this.text = text;
    this.lineStarts = computeLineStarts(text);
  }

  private static int[] computeLineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** 1-based line of a character offset. */
  public int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, Math.min(offset, text.length()));
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** 1-based column of a character offset, counting code points. */
  public int column(int offset) {
    int clamped = Math.min(offset, text.length());
    int start = lineStarts[line(clamped) - 1];
    return text.codePointCount(start, clamped) + 1;
  }

  /** The text of a 1-based line, without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
