package org.truce.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which entries later entries end: those they supersede, and those retractions withdraw. */
public final class Corrections {
  private Corrections() {}

  /**
   * For each entry that an entry of {@code entries} supersedes or retracts, the id of the first
   * entry (in the order given) that does so.
   */
  public static Map<String, String> endedBy(List<Entry> entries) {
    Map<String, String> endedBy = new HashMap<>();
    for (Entry e : entries) {
      e.supersedes().ifPresent(old -> endedBy.putIfAbsent(old, e.id()));
      if (e.body() instanceof Entry.Retraction r) {
        endedBy.putIfAbsent(r.retracts(), e.id());
      }
    }
    return endedBy;
  }
}
