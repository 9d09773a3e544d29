package org.truce.negotiate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Actor;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.SourceMap;
import org.truce.negotiate.internal.SourceLines;
import org.truce.negotiate.internal.Spelling;

/**
 * A diff as plain Java maps and lists, ready for any JSON writer. Field names are part of the
 * interface and written here one by one; every field is always present, {@code null} where a side
 * has no value, and unchanged clauses are left out:
 *
 * <pre>
 * {"header":    [{"field", "old", "new"}],
 *  "actors":    [{"change", "name", "oldRoles", "newRoles", "oldFullName", "newFullName",
 *                 "oldLine", "newLine"}],
 *  "holdings":  [{"change", "holder", "category", "oldBound", "oldCount", "oldDescription",
 *                 "newBound", "newCount", "newDescription", "oldLine", "newLine"}],
 *  "interests": [{"change", "party", "id", "label", "old", "new", "oldLine", "newLine",
 *                 "numbers"}],
 *  "clauses":   [{"change", "id", "label", "kind", "phase", "old", "new", "oldLine", "newLine",
 *                 "numbers": [{"name", "old", "new"}], "moved", "oldId", "oldLabel",
 *                 "oldPhase", "instrument", "oldInstrument"}]}
 * </pre>
 *
 * {@code change} is {@code added}, {@code removed} or {@code changed}; {@code id}, {@code label},
 * {@code kind} and {@code phase} describe the clause as it is now (as it was, when removed), and
 * {@code old}/{@code new} are its texts as written in the language; {@code instrument} names the
 * instrument a clause belongs to ({@code null}: the agreement itself), and an instrument's own
 * declaration is a clause of kind {@code instrument}.
 */
public final class ClauseDiffJson {
  private ClauseDiffJson() {}

  /** Without source maps: every line is {@code null}. */
  public static Map<String, Object> of(ClauseChanges changes) {
    return of(changes, Optional.empty(), Optional.empty());
  }

  /**
   * With the source maps of the old and new texts, for {@code oldLine} and {@code newLine}; a side
   * read from JSON has none.
   */
  public static Map<String, Object> of(
      ClauseChanges changes, Optional<SourceMap> oldMap, Optional<SourceMap> newMap) {
    SourceLines lines = new SourceLines(oldMap, newMap);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("header", changes.header().stream().map(ClauseDiffJson::header).toList());
    root.put("actors", changes.actors().stream().map(change -> actor(change, lines)).toList());
    root.put(
        "holdings", changes.holdings().stream().map(change -> holding(change, lines)).toList());
    root.put("interests", clauses(changes.interests(), lines, true));
    root.put("clauses", clauses(changes.clauses(), lines, false));
    return root;
  }

  private static Map<String, Object> header(HeaderChange change) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("field", change.field().words());
    node.put("old", change.before().orElse(null));
    node.put("new", change.after().orElse(null));
    return node;
  }

  private static Map<String, Object> actor(ActorChange change, SourceLines lines) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("change", change.change().word());
    node.put("name", change.name());
    node.put("oldRoles", change.before().map(ClauseDiffJson::roles).orElse(null));
    node.put("newRoles", change.after().map(ClauseDiffJson::roles).orElse(null));
    node.put("oldFullName", change.before().map(Actor::fullName).orElse(null));
    node.put("newFullName", change.after().map(Actor::fullName).orElse(null));
    putLines(node, lines, change.before(), change.after());
    return node;
  }

  private static List<String> roles(Actor actor) {
    return actor.roles().stream().map(Spelling::role).toList();
  }

  private static Map<String, Object> holding(HoldingChange change, SourceLines lines) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("change", change.change().word());
    node.put("holder", change.holder());
    node.put("category", change.category().path());
    putEntry(node, "old", change.before());
    putEntry(node, "new", change.after());
    putLines(node, lines, change.before(), change.after());
    return node;
  }

  private static void putEntry(
      Map<String, Object> node, String side, Optional<Holdings.Entry> entry) {
    node.put(side + "Bound", entry.map(Spelling::bound).orElse(null));
    node.put(side + "Count", entry.map(Holdings.Entry::count).orElse(null));
    node.put(side + "Description", entry.flatMap(Holdings.Entry::description).orElse(null));
  }

  private static List<Map<String, Object>> clauses(
      List<ClauseChange> changes, SourceLines lines, boolean interests) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ClauseChange change : changes) {
      if (change.change() == Change.UNCHANGED) {
        continue;
      }
      ClauseVersion current = change.current();
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("change", change.change().word());
      if (interests) {
        node.put("party", ((Interest) current.element()).party());
      }
      node.put("id", current.ref().id().orElse(null));
      node.put("label", current.ref().label().orElse(null));
      if (!interests) {
        node.put("kind", current.kind());
        node.put("phase", current.phase().orElse(null));
      }
      node.put("old", change.before().map(ClauseVersion::text).orElse(null));
      node.put("new", change.after().map(ClauseVersion::text).orElse(null));
      putLines(
          node,
          lines,
          change.before().map(ClauseVersion::element),
          change.after().map(ClauseVersion::element));
      node.put("numbers", change.numbers().stream().map(ClauseDiffJson::number).toList());
      if (!interests) {
        node.put("moved", change.moved());
        node.put("oldId", change.before().flatMap(old -> old.ref().id()).orElse(null));
        node.put("oldLabel", change.before().flatMap(old -> old.ref().label()).orElse(null));
        node.put("oldPhase", change.before().flatMap(ClauseVersion::phase).orElse(null));
        node.put("instrument", current.ref().instrument().orElse(null));
        node.put(
            "oldInstrument", change.before().flatMap(old -> old.ref().instrument()).orElse(null));
      }
      out.add(node);
    }
    return out;
  }

  private static Map<String, Object> number(NumberChange number) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", number.name());
    node.put("old", number.before().orElse(null));
    node.put("new", number.after().orElse(null));
    return node;
  }

  private static void putLines(
      Map<String, Object> node, SourceLines lines, Optional<?> before, Optional<?> after) {
    node.put("oldLine", lines.before(before).orElse(null));
    node.put("newLine", lines.after(after).orElse(null));
  }
}
