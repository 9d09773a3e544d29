package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * The first pass over the JSON text: is it well-formed JSON at all, and is it a truce agreement in
 * a format version this truce reads? Only then is the agreement itself bound, so that a file of
 * another kind or version gets one clear message rather than a list of field errors.
 */
final class EnvelopeCheck {
  private EnvelopeCheck() {}

  static Optional<Diagnostic> check(SourceText source) {
    String text = source.text();
    if (text.isBlank()) {
      return Optional.of(
          Diagnostic.of(DiagnosticCode.INVALID_JSON, Span.NONE, "the text is empty"));
    }
    try (JsonParser p = Mappers.mapper().createParser(text)) {
      try {
        return check(p, source);
      } catch (StreamConstraintsException e) {
        return Optional.of(JacksonProblems.tooFar(e, source, Optional.of(p.currentLocation())));
      }
    } catch (JacksonException e) {
      return Optional.of(JacksonProblems.translate(e, source));
    } catch (IOException e) {
      // The text is in memory: there is no I/O that could fail.
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Diagnostic> check(JsonParser p, SourceText source) throws IOException {
    String text = source.text();
    JsonToken first = p.nextToken();
    int rootOffset = JacksonProblems.offset(p.currentTokenLocation(), source);
    if (first != JsonToken.START_OBJECT) {
      p.skipChildren();
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.NOT_AN_AGREEMENT,
              JsonText.valueAt(text, rootOffset),
              "it is " + Describe.found(first) + ", not an object"));
    }
    Span truce = null;
    String truceValue = null;
    Span version = null;
    JsonToken versionToken = null;
    String versionText = null;
    boolean agreement = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      Span span = JsonText.valueAt(text, JacksonProblems.offset(p.currentTokenLocation(), source));
      switch (name) {
        case "truce" -> {
          truce = span;
          truceValue = value == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        case "formatVersion" -> {
          version = span;
          versionToken = value;
          versionText = value.isScalarValue() ? p.getText() : null;
        }
        case "agreement" -> agreement = true;
        default -> {}
      }
      p.skipChildren();
    }
    if (p.nextToken() != null) {
      Span extra = JsonText.valueAt(text, JacksonProblems.offset(p.currentTokenLocation(), source));
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.INVALID_JSON,
              extra,
              "there is more text after the end of the top-level object"));
    }
    Span root = JsonText.valueAt(text, rootOffset);
    if (truce == null) {
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.NOT_AN_AGREEMENT, root, "the top level has no field `truce`"));
    }
    if (!Envelope.TRUCE.equals(truceValue)) {
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.NOT_AN_AGREEMENT,
              truce,
              "its field `truce` is "
                  + text.substring(truce.offset(), truce.end())
                  + ", not \"agreement\""));
    }
    if (version == null) {
      return Optional.of(
          Diagnostic.of(DiagnosticCode.JSON_MISSING_FIELD, root, "the top level", "formatVersion"));
    }
    if (versionToken != JsonToken.VALUE_NUMBER_INT) {
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.JSON_WRONG_TYPE,
              version,
              "`formatVersion`",
              "a whole number",
              Describe.found(versionToken)));
    }
    if (!String.valueOf(Envelope.FORMAT_VERSION).equals(versionText)) {
      return Optional.of(
          Diagnostic.of(
              DiagnosticCode.UNSUPPORTED_FORMAT_VERSION,
              version,
              versionText,
              Envelope.FORMAT_VERSION));
    }
    if (!agreement) {
      return Optional.of(
          Diagnostic.of(DiagnosticCode.JSON_MISSING_FIELD, root, "the top level", "agreement"));
    }
    return Optional.empty();
  }
}
