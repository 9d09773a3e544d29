package org.truce.source;

/**
 * A range of characters in a source text: {@code offset} chars from the start, {@code length} chars
 * long. Line and column are computed only when a message is shown (see {@link SourceText}).
 */
public record Span(int offset, int length) {
  /**
   * The span of synthetic nodes that come from no source text (e.g. a model imported from JSON).
   */
  public static final Span NONE = new Span(0, 0);

  public Span {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("negative span " + offset + "+" + length);
    }
  }

  public int end() {
    return offset + length;
  }

  /** The smallest span covering both. */
  public Span to(Span other) {
    int start = Math.min(offset, other.offset);
    return new Span(start, Math.max(end(), other.end()) - start);
  }
}
