package org.truce.render.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.truce.check.CheckReport;
import org.truce.check.SemanticDiff;

/** The semantic part of {@code truce diff --json}: each analysis in both texts, and the change. */
public final class SemanticDiffJson {
  private SemanticDiffJson() {}

  public static Map<String, Object> render(SemanticDiff.Result result) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("old", side(result.old()));
    map.put("new", side(result.now()));
    Map<Object, Map<String, Object>> old = byName(result.old());
    Map<Object, Map<String, Object>> now = byName(result.now());
    List<Map<String, Object>> changes = new ArrayList<>();
    for (SemanticDiff.Entry e : result.entries()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", e.name());
      entry.put("change", e.change().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      entry.put("old", old.get(e.name()));
      entry.put("new", now.get(e.name()));
      changes.add(entry);
    }
    map.put("analyses", changes);
    map.put("inconclusive", result.undecided() > 0);
    return map;
  }

  private static Map<String, Object> side(CheckReport report) {
    return CheckJson.exploration(report.exploration());
  }

  private static Map<Object, Map<String, Object>> byName(CheckReport report) {
    Map<Object, Map<String, Object>> map = new LinkedHashMap<>();
    CheckJson.analyses(report).forEach(a -> map.put(a.get("name"), a));
    return map;
  }
}
