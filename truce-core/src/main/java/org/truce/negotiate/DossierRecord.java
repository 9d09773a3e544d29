package org.truce.negotiate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Corrections;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;

/**
 * What a dossier holds, for its readers: the versions, and the ledger's entries in the order
 * recorded. Knows which entries are in force at a date: those dated up to it, less those a
 * retraction withdraws and those a later entry supersedes (each dated up to that date too).
 */
public final class DossierRecord {
  private final DossierVersions versions;
  private final List<Entry> entries;
  private final Map<String, Integer> order = new HashMap<>();

  public DossierRecord(DossierVersions versions, List<Entry> entries) {
    this.versions = versions;
    this.entries = List.copyOf(entries);
    for (int i = 0; i < this.entries.size(); i++) {
      order.put(this.entries.get(i).id(), i);
    }
  }

  public DossierVersions versions() {
    return versions;
  }

  /** Every entry, in the order recorded. */
  public List<Entry> entries() {
    return entries;
  }

  /** Every entry dated up to {@code at} (all when empty), by date, then in the order recorded. */
  public List<Entry> chronological(Optional<LocalDate> at) {
    return entries.stream()
        .filter(e -> at.isEmpty() || !e.date().isAfter(at.get()))
        .sorted(Comparator.comparing(Entry::date).thenComparing(e -> order.get(e.id())))
        .toList();
  }

  /** The entries in force at {@code at} (now when empty), chronologically. */
  public List<Entry> inForce(Optional<LocalDate> at) {
    List<Entry> dated = chronological(at);
    Map<String, String> endedBy = Corrections.endedBy(dated);
    return dated.stream().filter(e -> !endedBy.containsKey(e.id())).toList();
  }

  /**
   * The version talks are on: the one tabled last according to the ledger; without tabled entries,
   * the last version of the lineage (one no other version names as its previous).
   */
  public Optional<String> latestVersion() {
    Optional<String> tabled =
        inForce(Optional.empty()).stream()
            .filter(
                e ->
                    e.body() instanceof Entry.Tabled t && versions.version(t.version()).isPresent())
            .reduce((a, b) -> b)
            .map(e -> ((Entry.Tabled) e.body()).version());
    if (tabled.isPresent()) {
      return tabled;
    }
    List<String> leaves = new ArrayList<>(versions.labels());
    for (String label : versions.labels()) {
      versions.version(label).flatMap(a -> a.metadata().previous()).ifPresent(leaves::remove);
    }
    return leaves.isEmpty() ? Optional.empty() : Optional.of(leaves.getLast());
  }
}
