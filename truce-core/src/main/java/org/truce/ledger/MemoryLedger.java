package org.truce.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger held in memory, for checking a journal against a dossier without touching its database
 * and for tests. Same contract as the stored ledgers, which the store's contract tests check on all
 * three. Thread-safe.
 */
public final class MemoryLedger implements Ledger {
  private final Map<String, String> hashes = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  @Override
  public synchronized Map<String, String> hashes(Collection<String> ids) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String id : ids) {
      String hash = hashes.get(id);
      if (hash != null) {
        found.put(id, hash);
      }
    }
    return found;
  }

  @Override
  public synchronized AppendResult append(List<Entry> batch) throws LedgerConflict {
    Map<String, String> adding = new LinkedHashMap<>();
    List<Entry> fresh = new ArrayList<>();
    int already = 0;
    for (Entry entry : batch) {
      String hash = Journal.hash(entry);
      String held =
          hashes.containsKey(entry.id()) ? hashes.get(entry.id()) : adding.get(entry.id());
      if (held == null) {
        adding.put(entry.id(), hash);
        fresh.add(entry);
      } else if (held.equals(hash)) {
        already++;
      } else {
        throw new LedgerConflict(entry.id());
      }
    }
    hashes.putAll(adding);
    entries.addAll(fresh);
    return new AppendResult(fresh.size(), already);
  }

  @Override
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized long size() {
    return entries.size();
  }

  /** Held in memory, the ledger cannot be changed behind truce's back: this checks the chain. */
  @Override
  public synchronized Integrity verify(Optional<String> anchor) {
    Integrity.Check check = new Integrity.Check(anchor);
    String link = Chain.GENESIS;
    long seq = 0;
    for (Entry entry : entries) {
      String text = Journal.canonical(entry);
      String hash = Journal.hashOf(text);
      link = Chain.link(link, ++seq, entry.id(), hash);
      check.accept(new Integrity.Stored(seq, entry.id(), text, hash, link));
    }
    return check.finish(Optional.of(new Integrity.Head(seq, link)));
  }

  @Override
  public void close() {}
}
