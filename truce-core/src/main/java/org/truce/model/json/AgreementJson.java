package org.truce.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.truce.model.Agreement;
import org.truce.model.ModelResult;
import org.truce.model.json.internal.Envelope;
import org.truce.model.json.internal.JsonImport;
import org.truce.model.json.internal.Mappers;

/**
 * The JSON interchange form of an agreement (docs/json.md, schema in docs/agreement.schema.json):
 * {@code write} then {@code read} gives back an equal model.
 */
public final class AgreementJson {
  private AgreementJson() {}

  /**
   * The agreement as JSON: pretty-printed with two spaces, {@code \n} line breaks and a final line
   * break. Deterministic: equal models give the same text.
   */
  public static String write(Agreement agreement) {
    try {
      return Mappers.writer().writeValueAsString(Envelope.of(agreement)) + "\n";
    } catch (JsonProcessingException e) {
      // Every model value has a JSON form; failing here is a bug, not a user error.
      throw new IllegalStateException("cannot write the agreement as JSON", e);
    }
  }

  /**
   * Reads JSON text; problems come back as diagnostics, never as exceptions. Diagnostics are
   * against the JSON text, which the result's source map holds (render them with {@code
   * result.sourceMap().get().source()}).
   */
  public static ModelResult read(String json, String sourceName) {
    return JsonImport.read(json, sourceName);
  }
}
