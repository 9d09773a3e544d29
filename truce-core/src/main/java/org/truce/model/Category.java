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

  @Override
  public String toString() {
    return path;
  }
}
