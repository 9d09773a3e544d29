package org.truce.source;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem found in an input: a catalog code, where it is, what is wrong (one sentence in the
 * user's terms) and, separately, how to fix it. Suggestions are replacement texts for the span
 * ("did you mean ...").
 */
public record Diagnostic(
    DiagnosticCode code,
    Severity severity,
    Span span,
    String message,
    Optional<String> hint,
    List<String> suggestions) {

  public Diagnostic {
    suggestions = List.copyOf(suggestions);
  }

  /**
   * Orders diagnostics by where they start in their source. Written as a lambda of truce's own:
   * {@code Comparator.comparingInt} links a serializable lambda of the JDK's at its first call,
   * which the start-up cache cannot keep (docs/decisions/0038-command-models-in-code.md).
   */
  public static final Comparator<Diagnostic> IN_SOURCE_ORDER =
      (a, b) -> Integer.compare(a.span().offset(), b.span().offset());

  /** Builds a diagnostic from the catalog: message and hint texts come from {@code code}. */
  public static Diagnostic of(DiagnosticCode code, Span span, Object... args) {
    return new Diagnostic(
        code, code.severity(), span, code.message(args), code.hint(args), List.of());
  }

  public Diagnostic withSuggestions(List<String> replacements) {
    return new Diagnostic(code, severity, span, message, hint, replacements);
  }

  /** The same problem at another place: where a translated input's text came from. */
  public Diagnostic at(Span other) {
    return new Diagnostic(code, severity, other, message, hint, suggestions);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
