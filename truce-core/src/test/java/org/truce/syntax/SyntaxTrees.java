package org.truce.syntax;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.truce.source.SourceText;
import org.truce.source.Span;

/** Test helpers over syntax trees: strip spans to compare shapes, and walk every node. */
public final class SyntaxTrees {
  /** Reflection on records is slow; the property tests walk many trees. */
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          for (RecordComponent c : components) {
            c.getAccessor().setAccessible(true);
          }
          return components;
        }
      };

  private SyntaxTrees() {}

  /** A copy of any tree value with every span set to {@link Span#NONE}. */
  @SuppressWarnings("unchecked") // the copy has the same type as the original, by construction
  public static <T> T stripSpans(T value) {
    return (T) strip(value);
  }

  private static Object strip(Object value) {
    if (value instanceof Span) {
      return Span.NONE;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SyntaxTrees::strip).toList();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(SyntaxTrees::strip);
    }
    if (value instanceof Record record) {
      RecordComponent[] components = COMPONENTS.get(record.getClass());
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = strip(get(components[i], record));
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return value;
  }

  /** Calls {@code visit(node, parent)} for every record in the tree, parents first. */
  public static void walk(Record root, BiConsumer<Record, Record> visit) {
    walk(root, null, visit);
  }

  private static void walk(Object value, Record parent, BiConsumer<Record, Record> visit) {
    if (value instanceof List<?> list) {
      list.forEach(v -> walk(v, parent, visit));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> walk(v, parent, visit));
    } else if (value instanceof Record record && !(value instanceof Span)) {
      visit.accept(record, parent);
      for (RecordComponent c : COMPONENTS.get(record.getClass())) {
        walk(get(c, record), record, visit);
      }
    }
  }

  static Span span(Record node) {
    for (RecordComponent c : COMPONENTS.get(node.getClass())) {
      if (c.getType() == Span.class) {
        return (Span) get(c, node);
      }
    }
    throw new AssertionError("no span in " + node);
  }

  static String text(SourceText source, Span span) {
    return source.text().substring(span.offset(), span.end());
  }

  static List<Record> nodes(Record root) {
    List<Record> all = new ArrayList<>();
    walk(root, (node, parent) -> all.add(node));
    return all;
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }
}
