package org.truce.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.truce.model.Category;

/**
 * docs/semantics.md "Status unknown at signing", as the {@link Interpreter} reads it: the units a
 * release draws from a line of unknown status under the line's own category are, each, of one of
 * the line's categories, and every split of them is allowed (the environment's choice); they are
 * counted as released under the category they turned out to be of. Written from the page, not from
 * the checker.
 */
final class InterpreterStatus {
  private InterpreterStatus() {}

  /** Every way of splitting {@code take} units among {@code categories} categories, in order. */
  static List<long[]> splits(long take, int categories) {
    List<long[]> out = new ArrayList<>();
    collect(new long[categories], 0, take, out);
    return out;
  }

  private static void collect(long[] parts, int k, long rest, List<long[]> out) {
    if (k == parts.length - 1) {
      parts[k] = rest;
      out.add(parts.clone());
      return;
    }
    for (long part = 0; part <= rest; part++) {
      parts[k] = part;
      collect(parts, k + 1, rest - part, out);
    }
  }

  /**
   * The fact {@code revealed} of a release: the counts by category, in the order drawn, without
   * zeros, e.g. {@code "3 hostage.living, 2 hostage.remains"}.
   */
  static String text(Map<Category, Long> revealed) {
    List<String> parts = new ArrayList<>();
    revealed.forEach(
        (category, count) -> {
          if (count > 0) {
            parts.add(count + " " + category.path());
          }
        });
    return String.join(", ", parts);
  }

  /**
   * True when {@code held c} counts a line of unknown status whose units may be of {@code either}:
   * c covers one of them (its units are counted under those categories, never under one below).
   */
  static boolean mayBe(List<Category> either, Category c) {
    return either.stream().anyMatch(c::covers);
  }
}
