package org.truce.render.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.truce.check.Analysis;
import org.truce.check.CheckReport;
import org.truce.check.Exploration;
import org.truce.check.Settled;
import org.truce.check.WitnessEvent;
import org.truce.check.WitnessSpan;
import org.truce.check.baseline.Acceptance;
import org.truce.check.baseline.Judgement;
import org.truce.model.ClauseRef;

/**
 * The checker's report as plain maps and lists, in the shape docs/cli.md documents ({@code
 * "exploration"} and {@code "analyses"} of each file's object). Absent values are {@code null}.
 */
public final class CheckJson {
  private CheckJson() {}

  public static Map<String, Object> exploration(Exploration x) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("states", x.states());
    map.put("transitions", x.transitions());
    map.put("complete", x.complete());
    map.put("stop", x.stop());
    map.put("stateBits", x.stateBits());
    map.put("stateWords", x.stateWords());
    map.put("bytesPerState", Math.round(x.bytesPerState() * 10) / 10.0);
    map.put("edgeBytesPerState", Math.round(x.edgeBytesPerState() * 10) / 10.0);
    map.put("seconds", Math.round(x.elapsed().toNanos() / 1e6) / 1e3);
    return map;
  }

  /**
   * The exploration of {@code report}, with {@code "verdictsOnly"}: true when the search was to
   * stop as soon as every verdict was settled ({@code "stop": "settled"} when it did).
   */
  public static Map<String, Object> exploration(CheckReport report) {
    Map<String, Object> map = exploration(report.exploration());
    map.put("verdictsOnly", report.verdictsOnly());
    return map;
  }

  public static List<Map<String, Object>> analyses(CheckReport report) {
    return analyses(report, Judgement.none());
  }

  /**
   * The analyses with what a baseline made of each: {@code "accepted"} is true when the baseline
   * accepts the finding as it stands, and {@code "acceptance"} is the baseline's line that applied
   * (its status {@code accepted}, {@code exceeded} or {@code stale}), or null.
   */
  public static List<Map<String, Object>> analyses(CheckReport report, Judgement judgement) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Analysis a : report.analyses()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("name", a.name());
      map.put("holds", a.holds());
      map.put("verdict", a.verdict().name().toLowerCase(Locale.ROOT));
      map.put("value", a.value().isPresent() ? a.value().getAsLong() : null);
      map.put("accepted", judgement.accepted(a));
      map.put("acceptance", judgement.of(a.name()).map(CheckJson::acceptance).orElse(null));
      map.put("summary", a.summary());
      map.put("settled", report.settled(a).map(CheckJson::settled).orElse(null));
      map.put("trace", a.witness().map(w -> trace(w.spans())).orElse(null));
      map.put(
          "loopsToDay",
          a.witness()
              .flatMap(
                  w ->
                      w.loopsToDay().isPresent()
                          ? java.util.Optional.of(w.loopsToDay().getAsLong())
                          : java.util.Optional.empty())
              .orElse(null));
      list.add(map);
    }
    return list;
  }

  /** How an analysis was settled before the search was complete (--verdicts). */
  private static Map<String, Object> settled(Settled s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("states", s.states());
    map.put("valueAtLeast", s.valueAtLeast());
    map.put("witnessShortest", s.witnessShortest());
    map.put("depthFirst", s.depthFirst());
    return map;
  }

  private static Map<String, Object> acceptance(Judgement.Outcome o) {
    Acceptance a = o.acceptance();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("status", o.status().name().toLowerCase(Locale.ROOT));
    map.put("upTo", a.upTo().isPresent() ? a.upTo().getAsLong() : null);
    map.put("adversary", a.adversary().orElse(null));
    map.put("reason", a.reason());
    map.put("line", a.line());
    return map;
  }

  /**
   * The witness, one object per event; consecutive days with the same events are one object whose
   * {@code throughDay} is the last of them (absent for a single day).
   */
  private static List<Map<String, Object>> trace(List<WitnessSpan> spans) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (WitnessSpan span : spans) {
      for (WitnessEvent e : span.events()) {
        list.add(event(span, e));
      }
    }
    return list;
  }

  private static Map<String, Object> event(WitnessSpan span, WitnessEvent e) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("day", e.day());
    if (span.repeats()) {
      map.put("throughDay", span.lastDay());
    }
    map.put("phase", e.phase().orElse(null));
    map.put("event", e.kind());
    map.put("text", e.text());
    map.put("clause", clause(e.clause()));
    map.put("line", e.line().orElse(null));
    return map;
  }

  private static Map<String, Object> clause(ClauseRef ref) {
    if (ref.id().isEmpty() && ref.label().isEmpty()) {
      return null;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", ref.id().orElse(null));
    map.put("label", ref.label().orElse(null));
    return map;
  }
}
