package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Every number in the model is a whole number of 0 or more (counts, days, ratios, literals), so the
 * JSON form accepts nothing else: a negative number is reported here, with its path, instead of
 * surfacing later as a syntax error in the printed .truce text. The largest number is the
 * language's (docs/language.md), for the same reason.
 */
final class WholeNumbers extends StdScalarDeserializer<Long> {
  private static final long serialVersionUID = 1L;

  /** The largest number the language accepts. */
  static final long MAX = 1_000_000_000L;

  WholeNumbers(Class<?> type) {
    super(type);
  }

  @Override
  public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return (Long) ctxt.handleUnexpectedToken(handledType(), p);
    }
    long value = p.getLongValue();
    if (value < 0 || value > MAX) {
      return (Long) ctxt.handleWeirdNumberValue(handledType(), value, "out of range");
    }
    return value;
  }
}
