package org.truce.syntax;

import org.truce.source.SourceText;

/**
 * Parses {@code .truce} text into a {@link AgreementSyntax} with recovery: all syntax problems of a
 * file are reported in one run. Never throws on any input.
 */
public final class Parser {
  private Parser() {}

  public static ParseResult parse(SourceText source) {
    throw new UnsupportedOperationException("parser not written yet");
  }
}
