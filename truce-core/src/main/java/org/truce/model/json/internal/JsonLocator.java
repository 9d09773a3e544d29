package org.truce.model.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.truce.source.SourceText;

/**
 * Finds a path such as {@code agreement.phases[0].title} in the JSON text. Jackson's own location
 * is wrong inside an object it had to buffer (one whose {@code kind} is not its first field) and
 * sits on the closing brace when a field is missing; walking the path gives the exact place.
 */
final class JsonLocator {
  private final SourceText source;

  JsonLocator(SourceText source) {
    this.source = source;
  }

  /** Where the value at {@code path} starts. */
  OptionalInt value(List<Reference> path) {
    return find(path, false);
  }

  /** Where the name of the field at {@code path} (whose last step is a field) starts. */
  OptionalInt fieldName(List<Reference> path) {
    return find(path, true);
  }

  /** The names of the fields of the object at {@code path}, in the order written. */
  List<String> fieldNames(List<Reference> path) {
    List<String> names = new ArrayList<>();
    try (JsonParser p = parserAt(path)) {
      if (p != null && p.currentToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          names.add(p.currentName());
          p.nextToken();
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // The text was checked to be well-formed JSON; a failure here only loses the names.
    }
    return names;
  }

  private OptionalInt find(List<Reference> path, boolean fieldName) {
    if (fieldName && (path.isEmpty() || path.getLast().getFieldName() == null)) {
      return OptionalInt.empty();
    }
    List<Reference> parent = fieldName ? path.subList(0, path.size() - 1) : path;
    try (JsonParser p = parserAt(parent)) {
      if (p == null) {
        return OptionalInt.empty();
      }
      if (!fieldName) {
        return OptionalInt.of(JacksonProblems.offset(p.currentTokenLocation(), source));
      }
      String name = path.getLast().getFieldName();
      if (p.currentToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          if (p.currentName().equals(name)) {
            return OptionalInt.of(JacksonProblems.offset(p.currentTokenLocation(), source));
          }
          p.nextToken();
          p.skipChildren();
        }
      }
      return OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /** A parser whose current token is the first token of the value at {@code path}, or null. */
  private JsonParser parserAt(List<Reference> path) throws IOException {
    JsonParser p = Mappers.mapper().createParser(source.text());
    try {
      p.nextToken();
      for (Reference step : path) {
        if (!advance(p, step)) {
          p.close();
          return null;
        }
      }
      return p;
    } catch (JacksonException e) {
      p.close();
      return null;
    }
  }

  private static boolean advance(JsonParser p, Reference step) throws IOException {
    if (step.getFieldName() != null) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean match = p.currentName().equals(step.getFieldName());
        p.nextToken();
        if (match) {
          return true;
        }
        p.skipChildren();
      }
      return false;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return false;
    }
    for (int i = 0; i <= step.getIndex(); i++) {
      if (p.nextToken() == JsonToken.END_ARRAY) {
        return false;
      }
      if (i < step.getIndex()) {
        p.skipChildren();
      }
    }
    return true;
  }
}
