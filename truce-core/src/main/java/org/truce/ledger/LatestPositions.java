package org.truce.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link Ledger#latestPositions} worked out from the entries: the reference the stores match. */
final class LatestPositions {
  private LatestPositions() {}

  static List<Entry> of(List<Entry> entries, String version) {
    Set<String> ended = Corrections.endedBy(entries).keySet();
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      order.put(entries.get(i).id(), i);
    }
    Comparator<Entry> latest =
        Comparator.comparing(Entry::date).thenComparing(e -> order.get(e.id()));
    Map<String, Entry> byGroup = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (e.body() instanceof Entry.Position p
          && p.version().equals(version)
          && !ended.contains(e.id())) {
        byGroup.merge(
            p.party() + "\n" + p.clause(), e, (a, b) -> latest.compare(a, b) >= 0 ? a : b);
      }
    }
    List<Entry> result = new ArrayList<>(byGroup.values());
    result.sort(Comparator.comparing(e -> order.get(e.id())));
    return result;
  }
}
