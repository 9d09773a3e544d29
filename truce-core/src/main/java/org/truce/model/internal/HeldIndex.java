package org.truce.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Category;

/**
 * One holder's holdings lines, indexed by category path and by every path above each line, so that
 * the questions asked of them (which line clashes with a new one, how much of a category is held)
 * cost the depth of a category, not the number of lines (issue 16: thousands of lines made
 * validation quadratic). Relies on the invariant {@link Declarations} keeps: no two lines of one
 * holder are related (one covering the other), so a category has at most one line at or above it,
 * and then none below it.
 */
final class HeldIndex {
  private final Map<String, NameTable.Held> lines = new HashMap<>();
  private final Map<String, NameTable.Held> firstAtOrBelow = new HashMap<>();
  private final Map<String, Long> sumAtOrBelow = new HashMap<>();

  void add(NameTable.Held held) {
    lines.put(held.category().path(), held);
    for (String path : selfAndAbove(held.category())) {
      firstAtOrBelow.putIfAbsent(path, held);
      sumAtOrBelow.merge(path, held.count(), Long::sum);
    }
  }

  /** The first line related to {@code category}: the one at or above it, else the first below. */
  Optional<NameTable.Held> clash(Category category) {
    for (String path : selfAndAbove(category)) {
      NameTable.Held line = lines.get(path);
      if (line != null) {
        return Optional.of(line);
      }
    }
    return Optional.ofNullable(firstAtOrBelow.get(category.path()));
  }

  /**
   * The units of the lines related to {@code category}: those at or below it, or the one above it;
   * -1 when none is.
   */
  long amountOrNone(Category category) {
    Long below = sumAtOrBelow.get(category.path());
    if (below != null) {
      return below;
    }
    for (String path : selfAndAbove(category)) {
      NameTable.Held line = lines.get(path);
      if (line != null) {
        return line.count();
      }
    }
    return -1;
  }

  /** {@code a.b.c}, {@code a.b}, {@code a}. */
  static List<String> selfAndAbove(Category category) {
    String path = category.path();
    List<String> paths = new ArrayList<>();
    paths.add(path);
    for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
      paths.add(path.substring(0, dot));
    }
    return paths;
  }
}
