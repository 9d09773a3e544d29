package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.truce.model.Category;
import org.truce.model.json.JsonLimits;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;

/**
 * Translates what Jackson throws while binding the agreement into one catalog diagnostic, with the
 * span of the offending JSON text. Jackson's own messages are never shown: the exception's type,
 * path and target type say what went wrong, and {@link JsonLocator} says where. Two cases have no
 * exception type of their own (a missing field, a null value) and are recognised by the start of
 * Jackson's message; the golden tests in JsonDiagnosticsTest pin both, so a Jackson upgrade that
 * rewords them fails there rather than in front of a user.
 */
final class JacksonProblems {
  private static final Pattern QUOTED_NAME = Pattern.compile("'([^']*)'");

  private final SourceText source;
  private final String text;
  private final JsonLocator locator;

  private JacksonProblems(SourceText source) {
    this.source = source;
    this.text = source.text();
    this.locator = new JsonLocator(source);
  }

  static Diagnostic translate(JacksonException e, SourceText source) {
    return new JacksonProblems(source).translate(e);
  }

  private Diagnostic translate(JacksonException e) {
    if (e instanceof JsonMappingException m && m.getCause() instanceof JacksonException cause) {
      if (cause instanceof InputCoercionException) {
        Span span = valueSpan(m.getPath(), m);
        return Diagnostic.of(DiagnosticCode.NUMBER_TOO_LARGE, span, textAt(span));
      }
      if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
        return translate(cause);
      }
    }
    return switch (e) {
      case UnrecognizedPropertyException u -> unknownField(u);
      case InvalidTypeIdException t -> kind(t);
      case InvalidFormatException f -> badValue(f);
      case ValueInstantiationException v when v.getType().getRawClass() == Category.class -> {
        Span span = contentSpan(v.getPath(), v);
        yield Diagnostic.of(DiagnosticCode.JSON_INVALID_CATEGORY, span, textAt(span));
      }
      case MismatchedInputException m -> mismatch(m);
      case JsonMappingException m -> throw new IllegalStateException("JSON mapping is broken", m);
      case StreamConstraintsException c -> tooFar(c, source, Optional.ofNullable(c.getLocation()));
      case StreamReadException r -> JsonSyntax.translate(r, source);
      default -> throw new IllegalStateException("unexpected JSON problem", e);
    };
  }

  /** The text went past one of {@link JsonLimits}, at {@code location} where known. */
  static Diagnostic tooFar(
      StreamConstraintsException e, SourceText source, Optional<JsonLocation> location) {
    JsonLimits.Bound bound = JsonLimits.exceeded(e);
    Span at = JsonLimits.at(source, bound, location);
    return bound == JsonLimits.Bound.DEPTH
        ? Diagnostic.of(DiagnosticCode.JSON_TOO_DEEP, at, JsonLimits.MAX_DEPTH)
        : Diagnostic.of(
            DiagnosticCode.JSON_TOO_LONG, at, JsonLimits.what(bound), JsonLimits.limit(bound));
  }

  private Diagnostic unknownField(UnrecognizedPropertyException u) {
    List<String> known =
        u.getReferringClass() != null && u.getReferringClass().isRecord()
            ? components(u.getReferringClass())
            : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    return unknownField(u.getPath(), u.getPropertyName(), known, u);
  }

  private Diagnostic unknownField(
      List<Reference> path, String name, List<String> known, JacksonException e) {
    Span span =
        locator.fieldName(path).stream()
            .mapToObj(offset -> JsonText.contentAt(text, offset))
            .findFirst()
            .orElseGet(() -> JsonText.contentAt(text, offset(e.getLocation(), source)));
    return Diagnostic.of(
            DiagnosticCode.JSON_UNKNOWN_FIELD,
            span,
            Describe.path(parent(path)),
            name,
            Describe.quoted(known))
        .withSuggestions(Similar.to(name, known));
  }

  private Diagnostic kind(InvalidTypeIdException t) {
    Class<?> base = t.getBaseType().getRawClass();
    Kinds.Hierarchy hierarchy =
        Kinds.of(base).orElseThrow(() -> new IllegalStateException("no kinds for " + base, t));
    List<String> allowed =
        hierarchy.kinds().entrySet().stream()
            .filter(entry -> base.isAssignableFrom(entry.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    // A list that takes one kind only (the top-level rights and assurances).
    String what =
        allowed.size() == 1 ? hierarchy.description() + " allowed here" : hierarchy.description();
    String id = t.getTypeId();
    if (id == null) {
      Span value = valueSpan(t.getPath(), t);
      if (!textAt(value).startsWith("{")) {
        return Diagnostic.of(
            DiagnosticCode.JSON_WRONG_TYPE,
            value,
            Describe.path(t.getPath()),
            "an object",
            Describe.foundAt(text, value.offset()));
      }
      return Diagnostic.of(
          DiagnosticCode.JSON_MISSING_KIND,
          objectSpan(t.getPath(), t),
          Describe.path(t.getPath()),
          what,
          Describe.quoted(allowed));
    }
    List<Reference> kindPath = new ArrayList<>(t.getPath());
    kindPath.add(new Reference(null, "kind"));
    return Diagnostic.of(
            DiagnosticCode.JSON_UNKNOWN_KIND,
            contentSpan(kindPath, t),
            id,
            what,
            Describe.quoted(allowed))
        .withSuggestions(Similar.to(id, allowed));
  }

  private Diagnostic badValue(InvalidFormatException f) {
    Class<?> target = f.getTargetType();
    Span span = contentSpan(f.getPath(), f);
    String value = String.valueOf(f.getValue());
    if (target != null && target.isEnum() && f.getValue() instanceof String) {
      List<String> words = EnumWords.all(target);
      return Diagnostic.of(
              DiagnosticCode.JSON_UNKNOWN_WORD,
              span,
              value,
              Describe.enumName(target),
              Describe.quoted(words))
          .withSuggestions(Similar.to(value, words));
    }
    if (f.getValue() instanceof Long number && number > WholeNumbers.MAX) {
      return Diagnostic.of(DiagnosticCode.NUMBER_TOO_LARGE, span, value);
    }
    if (target == LocalDate.class) {
      return Diagnostic.of(DiagnosticCode.INVALID_DATE, span, value);
    }
    if (target == LocalTime.class) {
      return Diagnostic.of(DiagnosticCode.INVALID_TIME, span, value);
    }
    return mismatch(f);
  }

  private Diagnostic mismatch(MismatchedInputException m) {
    String message = m.getOriginalMessage();
    List<Reference> path = m.getPath();
    if (message.startsWith("Missing required creator property")) {
      // Jackson checks required fields before unknown ones: a misspelt field would be reported
      // as the missing one. Report the misspelling, which is what the user has to fix.
      Optional<Diagnostic> misspelt = unknownFieldBeside(path, m);
      if (misspelt.isPresent()) {
        return misspelt.get();
      }
      return Diagnostic.of(
          DiagnosticCode.JSON_MISSING_FIELD,
          objectSpan(parent(path), m),
          Describe.path(parent(path)),
          quotedName(message, m));
    }
    Span span = valueSpan(path, m);
    return Diagnostic.of(
        DiagnosticCode.JSON_WRONG_TYPE,
        span,
        Describe.path(path),
        Describe.expected(
            m.getTargetType() == null
                ? null
                : TypeFactory.defaultInstance().constructType(m.getTargetType())),
        Describe.foundAt(text, span.offset()));
  }

  private Optional<Diagnostic> unknownFieldBeside(List<Reference> path, JacksonException e) {
    if (path.isEmpty()
        || !(path.getLast().getFrom() instanceof Class<?> owner)
        || !owner.isRecord()) {
      return Optional.empty();
    }
    List<String> known = components(owner);
    List<Reference> objectPath = parent(path);
    for (String name : locator.fieldNames(objectPath)) {
      if (!known.contains(name) && !name.equals("kind")) {
        List<Reference> fieldPath = new ArrayList<>(objectPath);
        fieldPath.add(new Reference(null, name));
        return Optional.of(unknownField(fieldPath, name, known, e));
      }
    }
    return Optional.empty();
  }

  private Span valueSpan(List<Reference> path, JacksonException e) {
    int at = locator.value(path).orElseGet(() -> offset(e.getLocation(), source));
    return JsonText.valueAt(text, at);
  }

  private Span contentSpan(List<Reference> path, JacksonException e) {
    int at = locator.value(path).orElseGet(() -> offset(e.getLocation(), source));
    return JsonText.contentAt(text, at);
  }

  private Span objectSpan(List<Reference> path, JacksonException e) {
    int at = locator.value(path).orElseGet(() -> offset(e.getLocation(), source));
    return JsonText.enclosingObject(text, at);
  }

  private String textAt(Span span) {
    return text.substring(span.offset(), Math.min(text.length(), span.end()));
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<Reference> parent(List<Reference> path) {
    return path.isEmpty() ? path : path.subList(0, path.size() - 1);
  }

  private static String quotedName(String message, Exception e) {
    Matcher matcher = QUOTED_NAME.matcher(message);
    if (!matcher.find()) {
      throw new IllegalStateException("Jackson's message changed: " + message, e);
    }
    return matcher.group(1);
  }

  /** The offset in the text of a Jackson location (they are character offsets for text input). */
  static int offset(JsonLocation location, SourceText source) {
    if (location == null) {
      return 0;
    }
    long chars = location.getCharOffset();
    if (chars >= 0) {
      return (int) Math.min(chars, source.text().length());
    }
    int line = location.getLineNr();
    if (line < 1 || line > source.lineCount()) {
      return source.text().length();
    }
    return Math.min(
        source.text().length(), source.lineStart(line) + Math.max(0, location.getColumnNr() - 1));
  }
}
