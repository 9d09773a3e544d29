package org.truce.negotiate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.ledger.Entry;
import org.truce.ledger.Stance;
import org.truce.model.Agreement;
import org.truce.table.Table;

/**
 * The negotiation view of a diff: for each clause the two versions share, who moved toward whom,
 * read from the parties' recorded positions. A party that objected to a clause of the old version
 * (rejected it, or demanded a change, or proposed other text) and accepts it in the new one has
 * conceded; a clause the new version changes, where a party had objected to it in the old one,
 * moves toward that party: a concession by whoever tabled the new version, with the numbers that
 * moved.
 */
public final class Concessions {
  private Concessions() {}

  /** One concession: who conceded to whom, on which clause, how, and the entries that show it. */
  public record Concession(
      String by,
      Optional<String> to,
      String clause,
      String how,
      List<NumberChange> numbers,
      List<Entry> evidence) {
    public Concession {
      numbers = List.copyOf(numbers);
      evidence = List.copyOf(evidence);
    }
  }

  public static List<Concession> between(
      DossierRecord record, String oldLabel, String newLabel, ClauseChanges changes) {
    Agreement newText = record.versions().version(newLabel).orElseThrow();
    Optional<String> tabler = newText.metadata().tabledBy();
    Map<String, Map<String, Entry>> before =
        Readers.latestPositions(record, oldLabel, Optional.empty());
    Map<String, Map<String, Entry>> after =
        Readers.latestPositions(record, newLabel, Optional.empty());
    List<Concession> found = new ArrayList<>();
    for (ClauseChange change : changes.clauses()) {
      if (change.before().isEmpty() || change.after().isEmpty()) {
        continue;
      }
      String oldName = Readers.name(change.before().get().ref());
      String newName = Readers.name(change.after().get().ref());
      Map<String, Entry> objections = new LinkedHashMap<>(before.getOrDefault(oldName, Map.of()));
      objections.values().removeIf(e -> !objects(stance(e)));
      for (Map.Entry<String, Entry> objection : objections.entrySet()) {
        String party = objection.getKey();
        Entry now = after.getOrDefault(newName, Map.of()).get(party);
        if (now != null && stance(now) == Stance.ACCEPTS) {
          found.add(
              new Concession(
                  party,
                  Optional.empty(),
                  newName,
                  stance(objection.getValue()).word()
                      + " on "
                      + oldLabel
                      + ", accepts on "
                      + newLabel,
                  List.of(),
                  List.of(objection.getValue(), now)));
        } else if (change.change() == Change.CHANGED
            && tabler.isPresent()
            && !tabler.get().equals(party)) {
          found.add(
              new Concession(
                  tabler.get(),
                  Optional.of(party),
                  newName,
                  "changes the clause"
                      + moved(change)
                      + "; "
                      + party
                      + "'s stance on "
                      + oldLabel
                      + ": "
                      + stance(objection.getValue()).word(),
                  change.numbers(),
                  List.of(objection.getValue())));
        }
      }
    }
    return found;
  }

  /** The concessions as a table, for the readers' formats. */
  public static Table table(List<Concession> concessions, String oldLabel, String newLabel) {
    List<List<String>> rows = new ArrayList<>();
    for (Concession c : concessions) {
      List<String> numbers = new ArrayList<>();
      for (NumberChange n : c.numbers()) {
        numbers.add(
            n.name()
                + " "
                + n.before().map(String::valueOf).orElse("none")
                + " → "
                + n.after().map(String::valueOf).orElse("none"));
      }
      rows.add(
          List.of(
              c.clause(),
              c.by(),
              c.to().orElse(""),
              c.how(),
              String.join(", ", numbers),
              String.join(", ", c.evidence().stream().map(Entry::id).toList())));
    }
    return new Table(
        "Concessions from " + oldLabel + " to " + newLabel,
        List.of(
            Table.column("clause", "clause"),
            Table.column("by", "conceded by"),
            Table.column("to", "to"),
            Table.column("how", "how"),
            Table.column("numbers", "numbers moved"),
            Table.column("entries", "entries")),
        rows,
        List.of(
            "From the parties' recorded positions: a party that objected to a clause and now"
                + " accepts it has conceded; a changed clause that a party objected to moves"
                + " toward it, a concession by the party that tabled the new version."));
  }

  /** " (moves it from instrument letter to the agreement)", or nothing. */
  private static String moved(ClauseChange change) {
    Optional<String> from = change.before().orElseThrow().ref().instrument();
    Optional<String> to = change.after().orElseThrow().ref().instrument();
    if (from.equals(to)) {
      return "";
    }
    return " (moves it from "
        + from.map(i -> "instrument " + i).orElse("the agreement")
        + " to "
        + to.map(i -> "instrument " + i).orElse("the agreement")
        + ")";
  }

  private static boolean objects(Stance stance) {
    return stance == Stance.REJECTS
        || stance == Stance.DEMANDS_CHANGE
        || stance == Stance.PROPOSES_TEXT;
  }

  private static Stance stance(Entry e) {
    return ((Entry.Position) e.body()).stance();
  }
}
