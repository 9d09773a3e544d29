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
    cycles(entries, byId);
    diagnostics.addAll(TotalsCheck.of(entries, ledger));
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

  /**
   * An entry another entry names: the field that names it, and what it does to it ({@code verb}
   * after "to", {@code does} after "it").
   */
  private record Reference(String field, String target, String verb, String does) {}

  /** The entry that {@code entry} retracts, disputes or hands over, if any. */
  private static Optional<Reference> reference(Entry entry) {
    return switch (entry.body()) {
      case Entry.Retraction r ->
          Optional.of(new Reference("retracts", r.retracts(), "retract", "retracts"));
      case Event.Dispute d ->
          Optional.of(new Reference("disputes", d.disputes(), "dispute", "disputes"));
      case Event.Handover h ->
          h.release().map(id -> new Reference("release", id, "hand over", "hands over"));
      default -> Optional.empty();
    };
  }

  /** Every entry {@code entry} names: the one it supersedes, then the one it retracts and so on. */
  private static List<Reference> references(Entry entry) {
    List<Reference> all = new ArrayList<>(2);
    entry
        .supersedes()
        .ifPresent(id -> all.add(new Reference("supersedes", id, "supersede", "supersedes")));
    reference(entry).ifPresent(all::add);
    return all;
  }

  /**
   * No entry of the batch names itself, and no entries of the batch name one another in a cycle
   * (entries already in the ledger name only entries recorded before them, so a cycle is always
   * within the batch). Each cycle is reported once, at the entry of it that comes first in the
   * text. The search walks the references with a stack of its own, not by recursion, so that a long
   * chain of corrections cannot exhaust the thread's stack.
   */
  private void cycles(List<JournalEntry> entries, Map<String, JournalEntry> byId) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if (byId.get(entries.get(i).entry().id()) == entries.get(i)) {
        index.put(entries.get(i).entry().id(), i);
      }
    }
    // The references of each entry to other entries of the batch; those to itself are reported.
    List<List<Reference>> edges = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      List<Reference> out = new ArrayList<>(2);
      if (index.containsKey(e.entry().id()) && index.get(e.entry().id()) == i) {
        for (Reference ref : references(e.entry())) {
          if (ref.target().equals(e.entry().id())) {
            report(DiagnosticCode.LEDGER_SELF_REFERENCE, e, ref.field(), ref.does(), ref.field());
          } else if (index.containsKey(ref.target())) {
            out.add(ref);
          }
        }
      }
      edges.add(out);
    }
    byte[] state = new byte[entries.size()]; // 0 not seen, 1 on the path, 2 done
    int[] path = new int[entries.size()];
    int[] depthOf = new int[entries.size()]; // where an entry on the path is on it
    int[] next = new int[entries.size()]; // the next reference to follow, per entry on the path
    boolean[] reported = new boolean[entries.size()];
    for (int start = 0; start < entries.size(); start++) {
      if (state[start] != 0) {
        continue;
      }
      int depth = 0;
      depthOf[start] = depth;
      path[depth++] = start;
      state[start] = 1;
      while (depth > 0) {
        int at = path[depth - 1];
        if (next[at] == edges.get(at).size()) {
          state[at] = 2;
          depth--;
          continue;
        }
        int to = index.get(edges.get(at).get(next[at]++).target());
        if (state[to] == 0) {
          state[to] = 1;
          depthOf[to] = depth;
          path[depth++] = to;
        } else if (state[to] == 1 && !reported[to]) {
          reported[to] = true;
          reportCycle(entries, edges, path, depthOf[to], depth, next);
        }
      }
    }
  }

  /** At most this many steps of a cycle are shown. */
  private static final int SHOWN = 6;

  /**
   * Reports the cycle of the entries at {@code path[from]} to {@code path[to - 1]} (each names the
   * next through the reference before {@code next} of it; the last names the first), at the first
   * of them: where the search entered the cycle, which is the same for the same text. Only the
   * steps shown are read, so that a long cycle costs no more than a short one.
   */
  private void reportCycle(
      List<JournalEntry> entries,
      List<List<Reference>> edges,
      int[] path,
      int from,
      int to,
      int[] next) {
    List<String> steps = new ArrayList<>();
    for (int k = from; k < Math.min(to, from + SHOWN); k++) {
      Reference ref = edges.get(path[k]).get(next[path[k]] - 1);
      steps.add(
          "`" + entries.get(path[k]).entry().id() + "` " + ref.does() + " `" + ref.target() + "`");
    }
    String shown =
        String.join(", ", steps)
            + (to - from > SHOWN ? " and " + (to - from - SHOWN) + " more steps" : "");
    int first = path[from];
    Reference ref = edges.get(first).get(next[first] - 1);
    report(DiagnosticCode.LEDGER_REFERENCE_CYCLE, entries.get(first), ref.field(), shown);
  }

  private void report(DiagnosticCode code, JournalEntry e, String field, Object... args) {
    diagnostics.add(Diagnostic.of(code, e.at(field), args));
  }
}
