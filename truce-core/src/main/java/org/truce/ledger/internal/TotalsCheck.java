package org.truce.ledger.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.ledger.Corrections;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.JournalEntry;
import org.truce.ledger.Ledger;
import org.truce.ledger.Total;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;

/**
 * Totals in all only grow (docs/monitor.md, "Totals and disputed batches"): of the totals without
 * {@code on} of one source, party and category, in the ledger and the batch, none corrected or
 * retracted, each is at least the one dated before it (E755). A pair is reported at the entry of
 * the batch, the later one when both are.
 */
final class TotalsCheck {
  private TotalsCheck() {}

  static List<Diagnostic> of(List<JournalEntry> batch, Ledger ledger) {
    boolean any = batch.stream().anyMatch(e -> e.entry().kind() == EntryKind.TOTAL);
    if (!any) {
      return List.of();
    }
    Map<String, JournalEntry> fresh = new LinkedHashMap<>();
    batch.forEach(e -> fresh.putIfAbsent(e.entry().id(), e));
    Map<String, Entry> all = new LinkedHashMap<>();
    List<Entry> corrections = new ArrayList<>(ledger.entries(EntryKind.RETRACTION));
    for (Entry e : ledger.entries(EntryKind.TOTAL)) {
      all.put(e.id(), e);
      corrections.add(e);
    }
    for (JournalEntry e : fresh.values()) {
      all.putIfAbsent(e.entry().id(), e.entry());
      corrections.add(e.entry());
    }
    Map<String, String> ended = Corrections.endedBy(corrections);
    record Key(String source, String by, String category) {}
    Map<Key, List<Entry>> series = new LinkedHashMap<>();
    for (Entry e : all.values()) {
      if (e.body() instanceof Total t && t.on().isEmpty() && !ended.containsKey(e.id())) {
        series
            .computeIfAbsent(
                new Key(e.provenance().source(), t.by(), t.category()), k -> new ArrayList<>())
            .add(e);
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (List<Entry> totals : series.values()) {
      List<Entry> byDate = new ArrayList<>(totals);
      byDate.sort(Comparator.comparing(Entry::date)); // stable: one date keeps the recorded order
      Entry highest = null;
      for (Entry e : byDate) {
        long count = ((Total) e.body()).count();
        if (highest != null && count < ((Total) highest.body()).count()) {
          JournalEntry at = fresh.containsKey(e.id()) ? fresh.get(e.id()) : fresh.get(highest.id());
          if (at != null) {
            diagnostics.add(decrease(at, e, highest));
          }
        } else if (highest == null || count > ((Total) highest.body()).count()) {
          highest = e;
        }
      }
    }
    return diagnostics;
  }

  private static Diagnostic decrease(JournalEntry at, Entry later, Entry earlier) {
    Total t = (Total) later.body();
    return Diagnostic.of(
        DiagnosticCode.LEDGER_TOTAL_DECREASES,
        at.at("count"),
        t.category(),
        t.by(),
        ((Total) earlier.body()).count(),
        earlier.date(),
        earlier.id(),
        t.count(),
        later.date(),
        later.id());
  }
}
