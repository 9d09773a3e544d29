package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.ArrayList;
import java.util.List;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * Says what is wrong with malformed JSON in the user's terms. Jackson reports the character where
 * it stopped; looking at that character and the one before it tells the usual mistakes apart (a
 * missing or extra comma, single quotes, a name without quotes, a truncated file).
 */
public final class JsonSyntax {
  private JsonSyntax() {}

  public static Diagnostic translate(StreamReadException e, SourceText source) {
    String text = source.text();
    int at = JacksonProblems.offset(e.getLocation(), source);
    String message = e.getOriginalMessage();
    if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
      return duplicate(e, text, at);
    }
    if (e instanceof JsonEOFException || at >= text.length()) {
      return invalid(new Span(text.length(), 0), "the text ends before the JSON value is complete");
    }
    char c = text.charAt(at);
    int before = previousNonSpace(text, at);
    char p = before < 0 ? ' ' : text.charAt(before);
    Span token = JsonText.valueAt(text, at);
    if ((c == '}' || c == ']') && p == ',') {
      return invalid(new Span(before, 1), "there is a comma after the last item");
    }
    if (c == '\'') {
      return invalid(token, "names and text must be in double quotes, not single quotes");
    }
    if (c < ' ') {
      return invalid(
          new Span(at, 1), "quoted text cannot contain a line break or other control character");
    }
    if ((p == '{' || p == ',')
        && Character.isLetter(c)
        && e.getProcessor() != null
        && e.getProcessor().getParsingContext().inObject()) {
      return invalid(token, "the name `" + textOf(text, token) + "` is not in double quotes");
    }
    if (endsValue(p) && startsValue(c)) {
      return invalid(token, "a comma is missing before this");
    }
    return invalid(token, "`" + textOf(text, token) + "` is not expected here");
  }

  private static Diagnostic duplicate(StreamReadException e, String text, int at) {
    JsonStreamContext context =
        e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
    String name = context == null ? "" : context.getCurrentName();
    List<Reference> path = new ArrayList<>();
    for (JsonStreamContext c = context == null ? null : context.getParent();
        c != null && !c.inRoot();
        c = c.getParent()) {
      path.addFirst(
          c.inArray()
              ? new Reference(null, c.getCurrentIndex())
              : new Reference(null, c.getCurrentName()));
    }
    int start = text.lastIndexOf('"' + name + '"', Math.max(0, at));
    return Diagnostic.of(
        DiagnosticCode.JSON_DUPLICATE_FIELD,
        JsonText.contentAt(text, start < 0 ? at : start),
        Describe.path(path),
        name);
  }

  private static Diagnostic invalid(Span span, String detail) {
    return Diagnostic.of(DiagnosticCode.INVALID_JSON, span, detail);
  }

  private static int previousNonSpace(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  private static boolean endsValue(char c) {
    return c == '"' || c == '}' || c == ']' || Character.isLetterOrDigit(c);
  }

  private static boolean startsValue(char c) {
    return c == '"' || c == '{' || c == '[' || c == '-' || Character.isLetterOrDigit(c);
  }

  private static String textOf(String text, Span span) {
    return text.substring(span.offset(), Math.min(text.length(), span.end()));
  }
}
