package org.truce.model.json.internal;

import org.truce.model.Agreement;

/** The top level of the JSON form: what it is, the format version, and the agreement. */
public record Envelope(String truce, int formatVersion, Agreement agreement) {
  public static final String TRUCE = "agreement";
  public static final int FORMAT_VERSION = 1;

  public static Envelope of(Agreement agreement) {
    return new Envelope(TRUCE, FORMAT_VERSION, agreement);
  }
}
