package org.truce.testing;

import java.util.Map;
import org.truce.model.PhaseClause;

/**
 * Lump releases as docs/semantics.md "Lump releases" states them, for {@link Interpreter}: the
 * units of the group released are counted (never past the group's size) and the lump is owed once,
 * on the day the count reaches the size (then, like a ratio's units, {@code within} days later).
 */
final class InterpreterLump {
  private InterpreterLump() {}

  /**
   * Counts today's {@code units} of the group of {@code x} in {@code groups} under {@code key} and
   * returns how many lumps fall due today: 1 on the day the group is complete, else 0.
   */
  static long due(Map<String, Long> groups, String key, PhaseClause.Exchange x, long units) {
    long size = x.group().orElseThrow();
    long before = groups.getOrDefault(key, 0L);
    long after = Math.min(size, before + units);
    if (after != before) {
      groups.put(key, after);
    }
    return before < size && after == size ? 1 : 0;
  }
}
