package org.truce.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.json.JsonErrors;
import org.truce.model.json.JsonLimits;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * Entries in JSON, for scripts and other tools (docs/dossier.md): an array of objects, one an
 * entry, with {@code id}, {@code date} and {@code kind}, then the entry's journal fields under
 * camel-case names ({@code attributedTo}), text values, and {@code anonymous} as true or false.
 * Both directions go through the journal's canonical text: writing turns each entry's lines into
 * fields, reading turns each object back into journal lines, which the journal's own checks then
 * read, so that JSON and journal entries meet the same rules.
 */
public final class EntryJson {
  private EntryJson() {}

  /** What reading JSON gave: the entries as journal text, or the problems of the JSON itself. */
  public record Read(Optional<SourceText> journal, List<Diagnostic> diagnostics) {}

  /** The entries as a JSON array, in their order. */
  public static String write(List<Entry> entries) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartArray();
      for (Entry entry : entries) {
        g.writeStartObject();
        g.writeStringField("id", entry.id());
        g.writeStringField("date", entry.date().toString());
        g.writeStringField("kind", entry.kind().word());
        String[] lines = Journal.canonical(entry).split("\n");
        for (int i = 1; i < lines.length; i++) {
          String line = lines[i].strip();
          int colon = line.indexOf(": ");
          String name = line.substring(0, colon);
          String value = line.substring(colon + 2);
          if (name.equals("anonymous")) {
            g.writeBooleanField("anonymous", value.equals("yes"));
          } else {
            g.writeStringField(camel(name), value);
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * Reads entries in JSON as journal text named after {@code json}'s name, or says what is wrong.
   */
  public static Read read(SourceText json) {
    List<Diagnostic> problems = new ArrayList<>();
    StringBuilder journal = new StringBuilder();
    try (JsonParser p = JsonLimits.factory().createParser(json.text())) {
      try {
        entries(p, json, journal, problems);
      } catch (StreamConstraintsException e) {
        problems.add(tooFar(e, json, p));
      }
    } catch (StreamReadException e) {
      problems.add(JsonErrors.syntax(e, json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems.isEmpty()
        ? new Read(
            Optional.of(new SourceText(json.name() + " (as journal)", journal.toString())),
            problems)
        : new Read(Optional.empty(), problems);
  }

  private static void entries(
      JsonParser p, SourceText json, StringBuilder journal, List<Diagnostic> problems)
      throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_ARRAY) {
      problems.add(wrong(p, json, "the file", "an array of entries", first));
      return;
    }
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        problems.add(wrong(p, json, "each entry", "an object", token));
        p.skipChildren();
        continue;
      }
      entry(p, json, journal, problems);
    }
    if (p.nextToken() != null) {
      problems.add(wrong(p, json, "what follows the array", "nothing", p.currentToken()));
    }
  }

  /** The text went past one of {@link JsonLimits}: said where {@code p} stopped. */
  private static Diagnostic tooFar(StreamConstraintsException e, SourceText json, JsonParser p) {
    JsonLimits.Bound bound = JsonLimits.exceeded(e);
    Span at = JsonLimits.at(json, bound, Optional.of(p.currentLocation()));
    return bound == JsonLimits.Bound.DEPTH
        ? Diagnostic.of(DiagnosticCode.LEDGER_JSON_TOO_DEEP, at, JsonLimits.MAX_DEPTH)
        : Diagnostic.of(
            DiagnosticCode.LEDGER_JSON_TOO_LONG,
            at,
            JsonLimits.what(bound),
            JsonLimits.limit(bound));
  }

  private static void entry(
      JsonParser p, SourceText json, StringBuilder journal, List<Diagnostic> problems)
      throws IOException {
    Span start = at(json, p.currentTokenLocation());
    Map<String, String> fields = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("anonymous")
          && (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE)) {
        fields.put("anonymous", value == JsonToken.VALUE_TRUE ? "yes" : "no");
      } else if (value == JsonToken.VALUE_STRING) {
        fields.put(name, p.getText().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
      } else {
        String expected = name.equals("anonymous") ? "true or false" : "text";
        problems.add(wrong(p, json, "`" + name + "`", expected, value));
        p.skipChildren();
      }
    }
    for (String required : List.of("id", "date", "kind")) {
      if (!fields.containsKey(required)) {
        problems.add(Diagnostic.of(DiagnosticCode.LEDGER_JSON_MISSING, start, required));
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    journal
        .append(fields.remove("date"))
        .append(' ')
        .append(fields.remove("kind"))
        .append(' ')
        .append(fields.remove("id"))
        .append('\n');
    fields.forEach(
        (name, value) ->
            journal.append("  ").append(spaced(name)).append(": ").append(value).append('\n'));
    journal.append('\n');
  }

  private static Diagnostic wrong(
      JsonParser p, SourceText json, String what, String expected, JsonToken found) {
    return Diagnostic.of(
        DiagnosticCode.LEDGER_JSON_WRONG_TYPE,
        at(json, p.currentTokenLocation()),
        what,
        expected,
        found == null ? "missing" : describe(found));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  private static Span at(SourceText json, JsonLocation location) {
    long offset = location.getCharOffset();
    int clamped = (int) Math.max(0, Math.min(offset, json.text().length()));
    return new Span(clamped, clamped < json.text().length() ? 1 : 0);
  }

  /** {@code attributed to} as {@code attributedTo}. */
  static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == ' ') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** {@code attributedTo} as {@code attributed to}. */
  static String spaced(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
