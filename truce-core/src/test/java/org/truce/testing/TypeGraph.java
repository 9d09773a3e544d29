package org.truce.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The types a tree of records and sealed interfaces can hold, found by reflection: tests that must
 * cover every kind of node (the fuzz seeds, the JSON form) derive the list from here, so that a new
 * kind cannot be forgotten.
 */
public final class TypeGraph {
  private TypeGraph() {}

  /**
   * Every class reachable from {@code root} through the permitted subclasses of sealed types, the
   * components of records and the type arguments of generic components, among those {@code within}
   * accepts; in the order first met.
   */
  public static Set<Class<?>> reachable(Type root, Predicate<Class<?>> within) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    reach(root, within, seen);
    return seen;
  }

  private static void reach(Type type, Predicate<Class<?>> within, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        reach(argument, within, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !within.test(c) || !seen.add(c)) {
      return;
    }
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        reach(sub, within, seen);
      }
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        reach(component.getGenericType(), within, seen);
      }
    }
  }
}
