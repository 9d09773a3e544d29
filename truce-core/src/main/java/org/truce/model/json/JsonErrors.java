package org.truce.model.json;

import com.fasterxml.jackson.core.exc.StreamReadException;
import org.truce.model.json.internal.JsonSyntax;
import org.truce.source.Diagnostic;
import org.truce.source.SourceText;

/**
 * Malformed JSON in the user's terms (a missing or extra comma, single quotes, a name without
 * quotes, a truncated file, a field given twice), for every reader of JSON in truce: agreements and
 * ledger entries alike.
 */
public final class JsonErrors {
  private JsonErrors() {}

  /** The diagnostic for a syntax error Jackson stopped at, pointing into {@code source}. */
  public static Diagnostic syntax(StreamReadException e, SourceText source) {
    return JsonSyntax.translate(e, source);
  }
}
