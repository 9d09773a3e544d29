package org.truce.negotiate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.ledger.Corrections;
import org.truce.ledger.DossierVersions;
import org.truce.ledger.Entry;
import org.truce.ledger.Stance;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.table.Table;

/**
 * The readers of a dossier (docs/dossier.md), each a table: the lineage of the versions, the
 * parties' positions on the clauses of a version, the sticking points, the chronology and the
 * sources. Retracted and superseded entries are left out, except from the chronology, which marks
 * them.
 */
public final class Readers {
  private Readers() {}

  /** {@code truce positions}: the latest stance of each party on each clause of {@code version}. */
  public static Table positions(DossierRecord record, String version, Optional<LocalDate> at) {
    Agreement agreement = record.versions().version(version).orElseThrow();
    List<String> parties = DossierVersions.parties(agreement);
    Map<String, Map<String, Entry>> byClause = latestPositions(record, version, at);
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.column("clause", "clause"));
    parties.forEach(p -> columns.add(Table.column(p, p)));
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, Entry>> clause : byClause.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(clause.getKey());
      for (String party : parties) {
        Entry e = clause.getValue().get(party);
        row.add(
            e == null ? "" : stanceOf(e).word() + " (" + e.date() + ", " + Citations.of(e) + ")");
      }
      rows.add(row);
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "Each party's latest stance on each clause of version "
            + version
            + at.map(d -> " as of " + d).orElse("")
            + ", with its date and source; clauses on which no position is recorded are left out.");
    return new Table("Positions on version " + version, columns, rows, notes);
  }

  /**
   * {@code truce sticking-points}: the clauses of {@code version} that some party rejects in its
   * latest stance, the oldest rejection first.
   */
  public static Table stickingPoints(DossierRecord record, String version, Optional<LocalDate> at) {
    List<Entry> rejections = new ArrayList<>();
    latestPositions(record, version, at)
        .values()
        .forEach(
            byParty ->
                byParty.values().stream()
                    .filter(e -> stanceOf(e) == Stance.REJECTS)
                    .forEach(rejections::add));
    rejections.sort(java.util.Comparator.comparing(Entry::date));
    List<List<String>> rows = new ArrayList<>();
    for (Entry e : rejections) {
      Entry.Position p = (Entry.Position) e.body();
      rows.add(
          List.of(
              clauseName(record, version, p.clause()),
              p.party(),
              e.date().toString(),
              p.text().orElse(""),
              Citations.of(e),
              e.id()));
    }
    return new Table(
        "Sticking points of version " + version,
        List.of(
            Table.column("clause", "clause"),
            Table.column("rejectedBy", "rejected by"),
            Table.column("since", "since"),
            Table.column("why", "why"),
            Table.column("source", "source"),
            Table.column("entry", "entry")),
        rows,
        List.of(
            "Clauses some party rejects in its latest recorded stance, the oldest rejection"
                + " first."));
  }

  /** {@code truce chronology}: every entry by date, retracted and superseded ones marked. */
  public static Table chronology(DossierRecord record, Optional<LocalDate> at) {
    List<Entry> dated = record.chronological(at);
    Map<String, String> endedBy = Corrections.endedBy(dated);
    List<List<String>> rows = new ArrayList<>();
    for (Entry e : dated) {
      String what = Summaries.of(e);
      String ended = endedBy.get(e.id());
      if (ended != null) {
        what += " [withdrawn or corrected by " + ended + "]";
      }
      rows.add(List.of(e.date().toString(), e.kind().word(), what, Citations.of(e), e.id()));
    }
    return new Table(
        "Chronology",
        List.of(
            Table.column("date", "date"),
            Table.column("kind", "kind"),
            Table.column("what", "what"),
            Table.column("source", "source"),
            Table.column("entry", "entry")),
        rows,
        List.of("Every entry of the ledger by date" + at.map(d -> " up to " + d).orElse("") + "."));
  }

  /**
   * {@code truce sources}: for each source, its claims in force, how many are anonymous, and how
   * many another source corroborates (the same stance of the same party on the same clause, or the
   * same party tabling the same version) or contradicts (another stance, the same day).
   */
  public static Table sources(DossierRecord record, Optional<LocalDate> at) {
    List<Entry> inForce = record.inForce(at);
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Entry e : inForce) {
      int[] c = counts.computeIfAbsent(e.provenance().source(), s -> new int[4]);
      c[0]++;
      if (e.provenance().anonymous()) {
        c[1]++;
      }
      Optional<String> claim = Claims.key(record, e);
      if (claim.isEmpty()) {
        continue;
      }
      boolean corroborated = false;
      boolean contradicted = false;
      for (Entry other : inForce) {
        if (other == e
            || other.provenance().source().equals(e.provenance().source())
            || !claim.equals(Claims.key(record, other))) {
          continue;
        }
        if (Claims.value(e).equals(Claims.value(other))) {
          corroborated = true;
        } else if (other.date().equals(e.date())) {
          contradicted = true;
        }
      }
      c[2] += corroborated ? 1 : 0;
      c[3] += contradicted ? 1 : 0;
    }
    List<List<String>> rows = new ArrayList<>();
    counts.forEach(
        (source, c) ->
            rows.add(
                List.of(
                    source,
                    Integer.toString(c[0]),
                    Integer.toString(c[1]),
                    Integer.toString(c[2]),
                    Integer.toString(c[3]))));
    return new Table(
        "Sources",
        List.of(
            Table.column("source", "source"),
            Table.column("claims", "claims"),
            Table.column("anonymous", "anonymous"),
            Table.column("corroborated", "corroborated"),
            Table.column("contradicted", "contradicted")),
        rows,
        List.of(
            "Claims in force, by source. A claim is corroborated when another source reports the"
                + " same (the same stance of a party on a clause, the same party tabling a"
                + " version), contradicted when another source reports otherwise on the same day."));
  }

  /**
   * {@code truce versions}: the versions in lineage order, with who tabled each and through whom.
   */
  public static Table versions(DossierRecord record) {
    DossierVersions versions = record.versions();
    Map<String, Entry> tabled = new LinkedHashMap<>();
    for (Entry e : record.inForce(Optional.empty())) {
      if (e.body() instanceof Entry.Tabled t) {
        tabled.putIfAbsent(t.version(), e);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    for (String root : versions.labels()) {
      if (versions
          .version(root)
          .flatMap(a -> a.metadata().previous())
          .filter(p -> versions.version(p).isPresent())
          .isEmpty()) {
        lineage(versions, tabled, root, 0, rows, shown);
      }
    }
    for (String label : versions.labels()) {
      if (!shown.contains(label)) {
        lineage(versions, tabled, label, 0, rows, shown); // a cycle of `previous` headers
      }
    }
    return new Table(
        "Versions",
        List.of(
            Table.column("version", "version"),
            Table.column("dated", "dated"),
            Table.column("tabled", "tabled"),
            Table.column("by", "by"),
            Table.column("via", "via"),
            Table.column("source", "source")),
        rows,
        List.of(
            "Each version under the one it follows (its `previous` header). Who tabled it and"
                + " through whom come from the version's header, and the date from the ledger."));
  }

  private static void lineage(
      DossierVersions versions,
      Map<String, Entry> tabled,
      String label,
      int depth,
      List<List<String>> rows,
      Set<String> shown) {
    if (!shown.add(label)) {
      return;
    }
    Agreement a = versions.version(label).orElseThrow();
    Optional<Entry> entry = Optional.ofNullable(tabled.get(label));
    Optional<Entry.Tabled> t = entry.map(e -> (Entry.Tabled) e.body());
    rows.add(
        List.of(
            "  ".repeat(depth) + (depth > 0 ? "└ " : "") + label,
            a.metadata().dated().map(Object::toString).orElse(""),
            entry.map(e -> e.date().toString()).orElse(""),
            a.metadata().tabledBy().or(() -> t.flatMap(Entry.Tabled::by)).orElse(""),
            String.join(
                ", ",
                a.metadata().via().isEmpty()
                    ? t.map(Entry.Tabled::via).orElse(List.of())
                    : a.metadata().via()),
            entry.map(Citations::of).orElse("")));
    for (String next : versions.labels()) {
      if (versions
          .version(next)
          .flatMap(n -> n.metadata().previous())
          .filter(label::equals)
          .isPresent()) {
        lineage(versions, tabled, next, depth + 1, rows, shown);
      }
    }
  }

  /** Clause name → party → the party's latest position entry on it, clauses in text order. */
  static Map<String, Map<String, Entry>> latestPositions(
      DossierRecord record, String version, Optional<LocalDate> at) {
    Agreement agreement = record.versions().version(version).orElseThrow();
    Map<String, Map<String, Entry>> byClause = new LinkedHashMap<>();
    for (ClauseRef ref : DossierVersions.clauses(agreement)) {
      byClause.put(name(ref), new LinkedHashMap<>());
    }
    for (Entry e : record.inForce(at)) {
      if (e.body() instanceof Entry.Position p && p.version().equals(version)) {
        String clause = clauseName(record, version, p.clause());
        byClause.computeIfAbsent(clause, c -> new LinkedHashMap<>()).put(p.party(), e);
      }
    }
    byClause.values().removeIf(Map::isEmpty);
    return byClause;
  }

  /** A clause as the readers name it: {@code 7 "Assurances"}. */
  static String clauseName(DossierRecord record, String version, String clause) {
    return record
        .versions()
        .version(version)
        .flatMap(a -> record.versions().clause(a, clause))
        .map(Readers::name)
        .orElse(clause);
  }

  /** A clause of an instrument says so: {@code L.1 "Action" in instrument letter}. */
  static String name(ClauseRef ref) {
    return ref.id().orElse("")
        + ref.label().map(l -> (ref.id().isPresent() ? " " : "") + "\"" + l + "\"").orElse("")
        + ref.instrument().map(i -> " in instrument " + i).orElse("");
  }

  private static Stance stanceOf(Entry e) {
    return ((Entry.Position) e.body()).stance();
  }
}
