package org.truce.check.internal.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.model.Category;

/**
 * The statuses one release reveals (docs/semantics.md "Status unknown at signing"): the units drawn
 * from lines of unknown status, summed by the category each turned out to be of, in the order they
 * were drawn. Kept as the fact {@code revealed} of the release event, e.g. {@code "3
 * hostage.living, 2 hostage.remains"}, so that a witness says which split it took.
 */
final class Revealed implements Slots.PartSink {
  private final Slots slots;
  private final Map<Category, Long> counts = new LinkedHashMap<>();

  Revealed(Slots slots) {
    this.slots = slots;
  }

  @Override
  public void part(int name, long count) {
    if (slots.partLine(name).isPresent()) {
      counts.merge(slots.partName(name), count, Long::sum);
    }
  }

  /** {@code "3 hostage.living, 2 hostage.remains"}; empty when nothing was revealed. */
  String text() {
    StringBuilder out = new StringBuilder();
    counts.forEach(
        (category, count) ->
            out.append(out.isEmpty() ? "" : ", ").append(count).append(' ').append(category));
    return out.toString();
  }

  /** {@code " (revealed: 3 hostage.living, 2 hostage.remains)"}, or nothing. */
  String note() {
    return counts.isEmpty() ? "" : " (revealed: " + text() + ")";
  }

  /** Adds the fact {@code revealed} when something was. */
  void into(Map<String, String> facts) {
    if (!counts.isEmpty()) {
      facts.put("revealed", text());
    }
  }
}
