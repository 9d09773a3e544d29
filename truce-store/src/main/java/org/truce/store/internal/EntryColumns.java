package org.truce.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.truce.ledger.Entry;
import org.truce.ledger.Integrity;

/**
 * The columns of {@code ledger_entry}, read back for {@link Verification}: those the chain covers
 * (number, id, content, hash, link) and those that repeat part of the content for the readers'
 * queries, which must equal what {@link JdbcLedger.Row} makes of the content. {@code recorded_at}
 * is the one column neither: no reader or output reads it.
 */
final class EntryColumns {
  /** The columns that repeat part of the content, in the order {@link #SELECT_ALL} reads them. */
  static final List<String> REPEATED =
      List.of(
          "kind",
          "entry_date",
          "party",
          "clause",
          "version",
          "stance",
          "supersedes",
          "retracts",
          "source",
          "anonymous",
          "event_at",
          "category",
          "unit_count",
          "counted",
          "counted_toward",
          "ref_id",
          "substitutes");

  static final String SELECT_ALL =
      "SELECT seq, id, content, hash, chain, "
          + String.join(", ", REPEATED)
          + " FROM ledger_entry ORDER BY seq";

  private EntryColumns() {}

  /** What the repeating columns of {@code entry}'s row hold, by name, as {@code insert} writes. */
  static Map<String, Object> expected(Entry entry) {
    JdbcLedger.Row row = JdbcLedger.Row.of(entry);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("kind", entry.kind().word());
    values.put("entry_date", entry.date().toString());
    values.put("party", row.party());
    values.put("clause", row.clause());
    values.put("version", row.version());
    values.put("stance", row.stance());
    values.put("supersedes", entry.supersedes().orElse(null));
    values.put("retracts", row.retracts());
    values.put("source", entry.provenance().source());
    values.put("anonymous", entry.provenance().anonymous() ? 1L : 0L);
    var release = row.release();
    values.put(
        "event_at", release == null ? null : release.at().map(Object::toString).orElse(null));
    values.put("category", release == null ? null : release.category());
    values.put("unit_count", release == null ? null : release.count());
    values.put("counted", release == null ? null : release.counted().words());
    values.put(
        "counted_toward",
        release == null ? null : release.countedToward().map(Object::toString).orElse(null));
    values.put("ref_id", row.refId());
    values.put("substitutes", row.substitutes());
    return values;
  }

  /** One row as stored: the chained columns and the repeating ones (whole numbers as longs). */
  record Stored(
      long seq, String id, String content, String hash, String chain, Map<String, Object> values) {
    static Stored of(ResultSet r) throws SQLException {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < REPEATED.size(); i++) {
        Object value = r.getObject(6 + i);
        values.put(REPEATED.get(i), value instanceof Number n ? (Object) n.longValue() : value);
      }
      return new Stored(
          r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), values);
    }

    Integrity.Stored chained() {
      return new Integrity.Stored(seq, id, content, hash, chain);
    }

    /** Each repeating column that differs from what {@code entry}, its content, gives. */
    List<String> differences(Entry entry) {
      List<String> problems = new ArrayList<>();
      if (!entry.id().equals(id)) {
        problems.add(
            "entry number "
                + seq
                + " has the id "
                + shown(id)
                + " where its content gives "
                + shown(entry.id())
                + ": the column was changed behind truce's back");
      }
      for (Map.Entry<String, Object> expected : expected(entry).entrySet()) {
        Object stored = values.get(expected.getKey());
        if (!Objects.equals(
            stored == null ? null : stored.toString(),
            expected.getValue() == null ? null : expected.getValue().toString())) {
          problems.add(
              "entry `"
                  + entry.id()
                  + "` (number "
                  + seq
                  + ") has `"
                  + expected.getKey()
                  + "` "
                  + shown(stored)
                  + " where its content gives "
                  + shown(expected.getValue())
                  + ": the column was changed behind truce's back");
        }
      }
      return problems;
    }

    private static String shown(Object value) {
      if (value == null) {
        return "empty";
      }
      String text = value.toString();
      return "`" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "`";
    }
  }
}
