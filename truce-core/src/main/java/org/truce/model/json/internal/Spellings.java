package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;

/**
 * Checks the spelling of names, clause ids and categories, which the model keeps as plain strings:
 * a name with a space would otherwise reach the printed .truce text and be reported there, far from
 * the JSON the user wrote. Runs over the JSON text (after binding succeeded, so the shape is right)
 * and reports every bad spelling, each at its place. The patterns are those of the grammar
 * (docs/language.md) and of docs/agreement.schema.json.
 */
final class Spellings {
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  private static final Pattern CATEGORY_PATTERN = Pattern.compile(NAME + "(\\." + NAME + ")*");
  private static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");

  /** The fields whose text (or list of texts) is a name, a category or a clause id. */
  private static final Map<String, DiagnosticCode> FIELDS =
      Map.ofEntries(
          Map.entry("name", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("holder", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("party", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("tabledBy", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("via", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("unitReleasedBy", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("onPhase", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("by", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("guarantors", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("judgedBy", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("instrument", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("from", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("to", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("relativeTo", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("phase", DiagnosticCode.JSON_INVALID_NAME),
          Map.entry("category", DiagnosticCode.JSON_INVALID_CATEGORY),
          Map.entry("unitCategory", DiagnosticCode.JSON_INVALID_CATEGORY),
          Map.entry("what", DiagnosticCode.JSON_INVALID_CATEGORY),
          Map.entry("id", DiagnosticCode.JSON_INVALID_CLAUSE_ID));

  private Spellings() {}

  static List<Diagnostic> check(SourceText source) {
    List<Diagnostic> problems = new ArrayList<>();
    try (JsonParser p = Mappers.mapper().createParser(source.text())) {
      DiagnosticCode current = null;
      int depthInList = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> current = FIELDS.get(p.currentName());
          case START_ARRAY -> depthInList = current == null ? 0 : depthInList + 1;
          case VALUE_STRING -> {
            if (current != null && !matches(current, p.getText())) {
              int offset = JacksonProblems.offset(p.currentTokenLocation(), source);
              problems.add(
                  Diagnostic.of(current, JsonText.contentAt(source.text(), offset), p.getText()));
            }
            if (depthInList == 0) {
              current = null;
            }
          }
          case END_ARRAY -> {
            depthInList = Math.max(0, depthInList - 1);
            current = null;
          }
          default -> {
            if (depthInList == 0) {
              current = null;
            }
          }
        }
      }
    } catch (IOException e) {
      // The text was read successfully before; it is in memory.
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  private static boolean matches(DiagnosticCode code, String text) {
    Pattern pattern =
        switch (code) {
          case JSON_INVALID_CATEGORY -> CATEGORY_PATTERN;
          case JSON_INVALID_CLAUSE_ID -> ID_PATTERN;
          default -> NAME_PATTERN;
        };
    return pattern.matcher(text).matches();
  }
}
