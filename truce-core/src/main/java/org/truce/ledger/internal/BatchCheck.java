package org.truce.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.BatchReport;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.EntryKind;
import org.truce.ledger.Event;
import org.truce.ledger.InForce;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalEntry;
import org.truce.ledger.JournalResult;
import org.truce.ledger.Ledger;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;

/**
 * The checks of a batch that need more than the entry itself: the dossier's versions (names of
 * versions, parties, actors, clauses), the ledger (ids already used, entries corrected), the other
 * entries of the batch (ids given twice, contradictory stances) and today's date.
 */
public final class BatchCheck {
  private final JournalResult journal;
  private final DossierVersions versions;
  private final Ledger ledger;
  private final LocalDate today;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public BatchCheck(
      JournalResult journal, DossierVersions versions, Ledger ledger, LocalDate today) {
    this.journal = journal;
    this.versions = versions;
    this.ledger = ledger;
    this.today = today;
  }

  public BatchReport run() {
    diagnostics.addAll(journal.diagnostics());
    List<JournalEntry> entries = journal.entries();
    Map<String, String> held =
        ledger.hashes(entries.stream().map(e -> e.entry().id()).distinct().toList());
    Map<String, JournalEntry> byId = new HashMap<>();
    Map<String, JournalEntry> stances = new HashMap<>();
    List<Entry> fresh = new ArrayList<>();
    int already = 0;
    // What each entry names is checked on every core; the diagnostics keep the order of the text.
    // The entries into force, and the retractions that may end one, in the ledger and the batch.
    List<Entry> inForceEntries = new ArrayList<>(ledger.entries(EntryKind.IN_FORCE));
    inForceEntries.addAll(ledger.entries(EntryKind.RETRACTION));
    entries.stream()
        .map(JournalEntry::entry)
        .filter(e -> e.kind() == EntryKind.IN_FORCE || e.kind() == EntryKind.RETRACTION)
        .forEach(inForceEntries::add);
    InForce inForce = InForce.of(inForceEntries);
    List<List<Diagnostic>> ofEntry =
        entries.parallelStream().map(e -> new EntryChecks(versions, inForce, today).of(e)).toList();
    for (int index = 0; index < entries.size(); index++) {
      JournalEntry e = entries.get(index);
      Entry entry = e.entry();
      if (byId.putIfAbsent(entry.id(), e) != null) {
        report(DiagnosticCode.LEDGER_DUPLICATE_ID, e, "id", entry.id());
        continue;
      }
      String hash = held.get(entry.id());
      if (hash != null && !hash.equals(Journal.hash(entry))) {
        report(DiagnosticCode.LEDGER_ID_CHANGED, e, "id", entry.id());
        continue;
      }
      diagnostics.addAll(ofEntry.get(index));
      if (entry.body() instanceof Entry.Position p) {
        contradiction(e, p, stances);
      }
      if (hash != null) {
        already++;
      } else {
        fresh.add(entry);
      }
    }
    corrections(entries, byId, held);
    return new BatchReport(diagnostics, fresh, already);
  }

  /**
   * Two positions of one party on one clause of one version, dated the same day, with different
   * stances, neither correcting the other: the batch contradicts itself.
   */
  private void contradiction(JournalEntry e, Entry.Position p, Map<String, JournalEntry> seen) {
    String clause =
        versions
            .version(p.version())
            .flatMap(a -> versions.clause(a, p.clause()))
            .map(ref -> ref.id().or(ref::label).orElseThrow())
            .orElse(p.clause());
    String key = p.party() + "\n" + clause + "\n" + p.version() + "\n" + e.entry().date();
    JournalEntry other = seen.putIfAbsent(key, e);
    if (other == null) {
      return;
    }
    Entry.Position q = (Entry.Position) other.entry().body();
    boolean corrects =
        e.entry().supersedes().filter(other.entry().id()::equals).isPresent()
            || other.entry().supersedes().filter(e.entry().id()::equals).isPresent();
    if (q.stance() != p.stance() && !corrects) {
      report(
          DiagnosticCode.LEDGER_CONTRADICTORY_STANCE,
          e,
          "stance",
          p.party(),
          p.clause(),
          p.version(),
          p.stance().word(),
          q.stance().word(),
          other.entry().id());
    }
  }

  /** Every entry corrected or retracted is in the ledger or in the batch. */
  private void corrections(
      List<JournalEntry> entries, Map<String, JournalEntry> byId, Map<String, String> held) {
    List<String> targets = new ArrayList<>();
    for (JournalEntry e : entries) {
      e.entry().supersedes().ifPresent(targets::add);
      reference(e.entry()).ifPresent(ref -> targets.add(ref.target()));
    }
    Map<String, String> known = new HashMap<>(held);
    known.putAll(ledger.hashes(targets.stream().filter(t -> !byId.containsKey(t)).toList()));
    for (JournalEntry e : entries) {
      Optional<String> superseded = e.entry().supersedes();
      if (superseded.isPresent()
          && !byId.containsKey(superseded.get())
          && !known.containsKey(superseded.get())) {
        report(DiagnosticCode.LEDGER_UNKNOWN_ENTRY, e, "supersedes", superseded.get(), "supersede");
      }
      reference(e.entry())
          .filter(ref -> !byId.containsKey(ref.target()) && !known.containsKey(ref.target()))
          .ifPresent(
              ref ->
                  report(
                      DiagnosticCode.LEDGER_UNKNOWN_ENTRY,
                      e,
                      ref.field(),
                      ref.target(),
                      ref.verb()));
    }
  }

  /** An entry another entry names: the field that names it, and what it does to it. */
  private record Reference(String field, String target, String verb) {}

  /** The entry that {@code entry} retracts, disputes or hands over, if any. */
  private static Optional<Reference> reference(Entry entry) {
    return switch (entry.body()) {
      case Entry.Retraction r -> Optional.of(new Reference("retracts", r.retracts(), "retract"));
      case Event.Dispute d -> Optional.of(new Reference("disputes", d.disputes(), "dispute"));
      case Event.Handover h -> h.release().map(id -> new Reference("release", id, "hand over"));
      default -> Optional.empty();
    };
  }

  private void report(DiagnosticCode code, JournalEntry e, String field, Object... args) {
    diagnostics.add(Diagnostic.of(code, e.at(field), args));
  }
}
