package org.truce.syntax;

import java.util.List;
import java.util.Optional;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;

/**
 * What the parser returns: the tree (absent only when not even a header could be read), the
 * comments beside it, and every diagnostic. A tree is returned even with errors, recovered as far
 * as possible, so that later phases can report more problems in the same run.
 */
public record ParseResult(
    SourceText source,
    Optional<AgreementSyntax> tree,
    List<Comment> comments,
    List<Diagnostic> diagnostics) {
  public ParseResult {
    comments = List.copyOf(comments);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
