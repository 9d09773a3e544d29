package org.truce.model.json;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.truce.testing.TypeGraph;

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
    return TypeGraph.reachable(root, ModelWalker::ours).stream()
        .filter(Class::isRecord)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  static Set<Class<?>> enumsReachableFrom(Class<?> root) {
    return TypeGraph.reachable(root, ModelWalker::ours).stream()
        .filter(Class::isEnum)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  private static boolean ours(Class<?> c) {
    return c.getName().startsWith("org.truce.");
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
