package org.truce.syntax.internal;

import java.util.ArrayList;
import java.util.List;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.Diagnostics;
import org.truce.source.Span;

/**
 * Collects the lexer's and the parser's diagnostics. After {@link #MAX_ERRORS} errors it records
 * one E119 and stops: further reports are dropped and the token cursor then yields only the end of
 * the file, so that parsing winds down at once. Two errors at the same offset are one mistake seen
 * twice; only the first is kept.
 */
public final class Reporter {
  public static final int MAX_ERRORS = 100;

  private final Diagnostics diagnostics = new Diagnostics();
  private int errors;
  private Diagnostic tooMany;
  private int lastErrorOffset = -1;

  public void report(DiagnosticCode code, Span span, Object... args) {
    if (stopped()) {
      return;
    }
    Diagnostic diagnostic = Diagnostic.of(code, span, args);
    if (diagnostic.isError()) {
      if (span.offset() == lastErrorOffset) {
        return;
      }
      if (errors == MAX_ERRORS) {
        tooMany = Diagnostic.of(DiagnosticCode.TOO_MANY_ERRORS, span, MAX_ERRORS);
        return;
      }
      lastErrorOffset = span.offset();
      errors++;
    }
    diagnostics.add(diagnostic);
  }

  /** Whether the error limit was reached. */
  public boolean stopped() {
    return tooMany != null;
  }

  public int errorCount() {
    return errors;
  }

  /** The diagnostics in source order, then E119 if parsing stopped. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics.sorted());
    if (tooMany != null) {
      all.add(tooMany);
    }
    return List.copyOf(all);
  }
}
