package org.truce.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.Integrity;
import org.truce.ledger.Journal;
import org.truce.ledger.JournalResult;
import org.truce.source.SourceText;

/**
 * {@code truce ledger verify} on a database (docs/decisions/0010): every row is read once, in
 * order, and checked against the hash chain ({@link Integrity.Check}); then everything else the
 * readers and the monitor read is worked out again from the hashed contents alone and compared with
 * what is stored: each column of {@code ledger_entry} that repeats part of its entry, the latest
 * positions ({@code ledger_position}, {@link Positions}) and the sums of releases ({@code
 * ledger_release_sum}, {@link ReleaseSums}). So a ledger found intact prints only figures that the
 * chain proves. Called inside one read transaction, so that all of it is one snapshot.
 *
 * <p>Rows are parsed in chunks on every core; the chunk's results are folded in in order. What is
 * held in memory is one chunk, the sums (a few per day) and the positions (one per party, clause
 * and version, and the ids that corrections end).
 */
final class Verification {
  private static final int CHUNK = 2_000;

  /** At most this many column problems are listed; the rest are counted. */
  private static final int LISTED = 10;

  private final Integrity.Check chain;
  private final ReleaseSums.Computed sums = new ReleaseSums.Computed();
  private final Positions.Computed positions = new Positions.Computed();
  private final List<String> columnProblems = new ArrayList<>();
  private long columnsDiffering;

  private Verification(Optional<String> anchor) {
    this.chain = new Integrity.Check(anchor);
  }

  static Integrity run(Connection connection, Optional<String> anchor) throws SQLException {
    Verification v = new Verification(anchor);
    List<EntryColumns.Stored> chunk = new ArrayList<>(CHUNK);
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(500); // PostgreSQL streams the rows only with a fetch size, in a transaction
      try (ResultSet r = s.executeQuery(EntryColumns.SELECT_ALL)) {
        while (r.next()) {
          EntryColumns.Stored row = EntryColumns.Stored.of(r);
          v.chain.accept(row.chained());
          chunk.add(row);
          if (chunk.size() == CHUNK) {
            v.fold(chunk);
            chunk.clear();
          }
        }
      }
    }
    v.fold(chunk);
    List<String> more = new ArrayList<>(v.columnProblems);
    if (v.columnsDiffering > LISTED) {
      more.add(
          "and "
              + (v.columnsDiffering - LISTED)
              + " more columns differ from their entries' contents");
    }
    more.addAll(v.positions.mismatches(connection));
    more.addAll(v.sums.mismatches(connection));
    return v.chain.finish(ChainLinks.head(connection)).with(more);
  }

  /** The entry each row's content holds (parsed on every core), compared and folded in. */
  private void fold(List<EntryColumns.Stored> rows) {
    List<Optional<Entry>> entries = rows.parallelStream().map(Verification::entryOf).toList();
    List<List<String>> differences =
        java.util.stream.IntStream.range(0, rows.size())
            .parallel()
            .mapToObj(
                i ->
                    entries
                        .get(i)
                        // A content that no longer matches its hash is reported by the chain.
                        .filter(
                            e -> Journal.hashOf(rows.get(i).content()).equals(rows.get(i).hash()))
                        .map(e -> rows.get(i).differences(e))
                        .orElse(List.of()))
            .toList();
    for (int i = 0; i < rows.size(); i++) {
      EntryColumns.Stored row = rows.get(i);
      if (entries.get(i).isEmpty()) {
        note(
            "entry number "
                + row.seq()
                + " holds a content truce cannot read: it was changed behind truce's back");
        continue;
      }
      differences.get(i).forEach(this::note);
      Entry entry = entries.get(i).get();
      sums.add(entry, row.seq());
      positions.add(entry, row.seq());
    }
  }

  private void note(String problem) {
    if (++columnsDiffering <= LISTED) {
      columnProblems.add(problem);
    }
  }

  private static Optional<Entry> entryOf(EntryColumns.Stored row) {
    if (row.content() == null) {
      return Optional.empty();
    }
    JournalResult read = Journal.parse(new SourceText(String.valueOf(row.id()), row.content()));
    return read.ok() && read.entries().size() == 1
        ? Optional.of(read.entries().getFirst().entry())
        : Optional.empty();
  }
}
