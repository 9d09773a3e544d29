package org.truce.model.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reflection over the model, so that tests can check that a sample really covers every record,
 * every kind and every enum constant (and notice when the model grows).
 */
final class ModelWalker {
  private ModelWalker() {}

  /** The classes of every value in the model (records, enums, strings...). */
  static Set<Class<?>> classesIn(Object root) {
    Set<Class<?>> classes = new LinkedHashSet<>();
    walk(root, value -> classes.add(value.getClass()));
    return classes;
  }

  static Set<Object> enumConstantsIn(Object root) {
    Set<Object> constants = new LinkedHashSet<>();
    walk(
        root,
        value -> {
          if (value instanceof Enum<?>) {
            constants.add(value);
          }
        });
    return constants;
  }

  /** Every record type reachable from {@code root} through components (sealed kinds included). */
  static Set<Class<?>> recordsReachableFrom(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    reach(root, seen);
    return seen.stream()
        .filter(Class::isRecord)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  static Set<Class<?>> enumsReachableFrom(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    reach(root, seen);
    return seen.stream()
        .filter(Class::isEnum)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  private static void reach(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        reach(argument, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !c.getName().startsWith("org.truce.") || !seen.add(c)) {
      return;
    }
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        reach(sub, seen);
      }
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        reach(component.getGenericType(), seen);
      }
    }
  }

  private static void walk(Object root, java.util.function.Consumer<Object> visit) {
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object value = todo.pop();
      visit.accept(value);
      switch (value) {
        case Optional<?> optional -> optional.ifPresent(todo::push);
        case Collection<?> collection -> collection.forEach(todo::push);
        case Record record -> {
          for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
              todo.push(component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        }
        default -> {}
      }
    }
  }
}
