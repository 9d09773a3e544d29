package org.truce.model.json;

import org.truce.model.Agreement;
import org.truce.model.ModelResult;

/**
 * The JSON interchange form of an agreement (docs/json.md, schema in docs/agreement.schema.json):
 * {@code write} then {@code read} gives back an equal model.
 */
public final class AgreementJson {
  private AgreementJson() {}

  public static String write(Agreement agreement) {
    throw new UnsupportedOperationException("JSON export not written yet");
  }

  /** Reads JSON text; problems come back as diagnostics, never as exceptions. */
  public static ModelResult read(String json, String sourceName) {
    throw new UnsupportedOperationException("JSON import not written yet");
  }
}
