package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.truce.model.Category;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.Pace;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;
import org.truce.vocabulary.TalkState;

/**
 * Words for the parts of a JSON problem, in the user's terms: where (a path such as {@code
 * agreement.phases[0].title}), what was expected and what was found. Never a Java type name.
 */
final class Describe {
  private static final Map<Class<?>, String> ENUMS =
      Map.ofEntries(
          Map.entry(Role.class, "role"),
          Map.entry(Bound.class, "bound"),
          Map.entry(DeliveryVerb.class, "delivery verb"),
          Map.entry(RightAction.class, "action"),
          Map.entry(ScopeKind.class, "assurance scope"),
          Map.entry(RequirementKind.class, "requirement kind"),
          Map.entry(CompareOp.class, "comparison"),
          Map.entry(HostilityState.class, "state of hostilities"),
          Map.entry(TalkState.class, "state of talks"),
          Map.entry(PhaseState.class, "state of a phase"),
          Map.entry(Pace.class, "pace"));

  private Describe() {}

  /** {@code `agreement.phases[0].title`}, or {@code the top level} for the empty path. */
  static String path(List<Reference> path) {
    if (path.isEmpty()) {
      return "the top level";
    }
    StringBuilder out = new StringBuilder();
    for (Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return "`" + out + "`";
  }

  /** What a value of this type looks like: "a whole number", "text in quotes", "an object"... */
  static String expected(JavaType type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type.isReferenceType() || type.isCollectionLikeType() && type.getContentType() != null) {
      if (type.isReferenceType()) {
        return expected(type.getContentType());
      }
      return "a list";
    }
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return "text in quotes";
    }
    if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
      return "a whole number (0 or more)";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "`true` or `false`";
    }
    if (raw == LocalDate.class) {
      return "a date in quotes (YYYY-MM-DD)";
    }
    if (raw == LocalTime.class) {
      return "a time of day in quotes (HH:MM)";
    }
    if (raw == Category.class) {
      return "a category in quotes";
    }
    if (raw.isEnum()) {
      return "one of " + quoted(EnumWords.all(raw));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return "a list";
    }
    return "an object";
  }

  /** What the token is: "text", "a list", "`null`"... */
  static String found(JsonToken token) {
    if (token == null) {
      return "missing";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "a list";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE -> "`true`";
      case VALUE_FALSE -> "`false`";
      case VALUE_NULL -> "`null`";
      default -> "another kind of value";
    };
  }

  /** What the JSON value starting at {@code offset} is: "text", "a list", "`null`"... */
  static String foundAt(String text, int offset) {
    if (offset >= text.length()) {
      return "missing";
    }
    char c = text.charAt(offset);
    if (c == '-' || Character.isDigit(c)) {
      String number = text.substring(offset, JsonText.valueAt(text, offset).end());
      if (!number.matches("-?\\d+")) {
        return "a number with a fraction";
      }
      return c == '-' ? "a negative number" : "a whole number";
    }
    return switch (c) {
      case '"' -> "text";
      case '{' -> "an object";
      case '[' -> "a list";
      case 't' -> "`true`";
      case 'f' -> "`false`";
      case 'n' -> "`null`";
      default -> "another kind of value";
    };
  }

  /** What users call the values of an enum: "state of hostilities", "role"... */
  static String enumName(Class<?> type) {
    return ENUMS.getOrDefault(type, "value");
  }

  static String quoted(Collection<String> words) {
    return words.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "));
  }
}
