package org.truce.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.truce.source.JsonLayout;

/**
 * Writes the plain maps and lists of the commands' JSON output: indented by two spaces, {@code \n}
 * line breaks on every platform, and a final line break.
 */
public final class Json {
  private Json() {}

  /** Created on first use: most runs print no JSON, and Jackson takes time to start. */
  private static final class Holder {
    static final ObjectWriter WRITER = new ObjectMapper().writer(JsonLayout.prettyPrinter());
  }

  public static String write(Object value) {
    try {
      return Holder.WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      // Only maps, lists, strings and numbers are written here, which always serialise.
      throw new IllegalStateException("cannot write JSON output", e);
    }
  }
}
