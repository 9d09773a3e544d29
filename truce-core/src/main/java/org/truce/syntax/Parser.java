package org.truce.syntax;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;
import org.truce.syntax.internal.AgreementParser;
import org.truce.syntax.internal.Keywords;

/**
 * Parses {@code .truce} text into a {@link AgreementSyntax} with recovery: all syntax problems of a
 * file are reported in one run. Never throws on any input.
 *
 * <p>Recovery: a clause with an error is reported and left out of the tree, and parsing resumes at
 * the next clause. The tree is present whenever the header ({@code agreement "Title"}) was read.
 * Comments are returned beside the tree. After 100 errors the parser stops (E119).
 */
public final class Parser {
  private Parser() {}

  public static ParseResult parse(SourceText source) {
    if (source.text().isBlank()) {
      return new ParseResult(
          source,
          Optional.empty(),
          List.of(),
          List.of(Diagnostic.of(DiagnosticCode.EMPTY_FILE, Span.NONE)));
    }
    return new AgreementParser(source).parse();
  }

  /**
   * The reserved words of the language, in the order the grammar introduces them. None may be used
   * as a name; editors and the documentation list them from here.
   */
  public static Set<String> reservedWords() {
    return Keywords.all();
  }
}
