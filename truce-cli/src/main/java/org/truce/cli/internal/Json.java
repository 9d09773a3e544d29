package org.truce.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.truce.source.JsonLayout;

/**
 * Writes the plain maps and lists of the commands' JSON output: indented by two spaces, {@code \n}
 * line breaks on every platform, and a final line break. Jackson's streaming generator, not its
 * object mapper: the mapper's start-up (date formats, calendars, type introspection) took about a
 * tenth of a small {@code truce check --json}, for values that need none of it.
 */
public final class Json {
  private Json() {}

  private static final JsonFactory FACTORY = new JsonFactory();

  public static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(JsonLayout.prettyPrinter());
      write(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to a string", e); // a StringWriter: never
    }
    return out + "\n";
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    switch (value) {
      case null -> json.writeNull();
      case String s -> json.writeString(s);
      case Boolean b -> json.writeBoolean(b);
      case Integer i -> json.writeNumber(i);
      case Long l -> json.writeNumber(l);
      case Double d -> json.writeNumber(d);
      case Float f -> json.writeNumber(f);
      case BigDecimal d -> json.writeNumber(d);
      case BigInteger i -> json.writeNumber(i);
      case Map<?, ?> map -> {
        json.writeStartObject();
        for (Map.Entry<?, ?> e : map.entrySet()) {
          json.writeFieldName(String.valueOf(e.getKey()));
          write(json, e.getValue());
        }
        json.writeEndObject();
      }
      case Collection<?> list -> {
        json.writeStartArray();
        for (Object item : list) {
          write(json, item);
        }
        json.writeEndArray();
      }
      default ->
          throw new IllegalArgumentException(
              "only maps, lists, strings, numbers and booleans are written: "
                  + value.getClass().getName());
    }
  }
}
