package org.truce.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A dotted category path such as {@code hostage.living.civilian}. A category covers itself and
 * every category below it: {@code hostage} covers {@code hostage.living.civilian}.
 */
public record Category(@JsonValue String path) {
  @JsonCreator
  public Category {
    if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      throw new IllegalArgumentException("malformed category path: " + path);
    }
  }

  public List<String> segments() {
    return List.of(path.split("\\."));
  }

  /** True when {@code other} is this category or lies below it. */
  public boolean covers(Category other) {
    return other.path.equals(path) || other.path.startsWith(path + ".");
  }

  // equals and hashCode are written out: a record's own are linked at their first call through
  // java.lang.runtime.ObjectMethods, which spins method-handle classes at every start; categories
  // are the first keys a check hashes (about a fifth of the processor time of a small check,
  // docs/decisions/0038-command-models-in-code.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof Category c && c.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
