package org.truce.negotiate.internal;

import java.util.Optional;
import org.truce.model.SourceMap;

/**
 * Where the elements of a diff are in the two texts. A side read from JSON has no source map, and
 * its lines are unknown.
 */
public record SourceLines(Optional<SourceMap> before, Optional<SourceMap> after) {
  /** 1-based line of an element of the old text. */
  public Optional<Integer> before(Optional<?> element) {
    return element.flatMap(found -> before.flatMap(map -> map.lineOf(found)));
  }

  /** 1-based line of an element of the new text. */
  public Optional<Integer> after(Optional<?> element) {
    return element.flatMap(found -> after.flatMap(map -> map.lineOf(found)));
  }
}
