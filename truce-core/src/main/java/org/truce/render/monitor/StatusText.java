package org.truce.render.monitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.truce.monitor.Monitor.Readings;
import org.truce.monitor.Status;

/**
 * The status for a terminal: the moment, phase, hostilities and counting policy, then one section
 * per part of the status, each line with its clause; under a line, the other counting policy's
 * reading of it when it differs.
 */
public final class StatusText {
  private StatusText() {}

  public static String render(Readings readings) {
    Status s = readings.chosen();
    Status o = readings.other();
    StringBuilder out = new StringBuilder();
    out.append(Lines.heading(s)).append('\n');
    out.append(Lines.inForce(s)).append('\n');
    Lines.lapse(s).ifPresent(l -> out.append(l).append('\n'));
    out.append(Lines.standing(s)).append('\n');
    out.append(Lines.phase(s)).append('\n');
    out.append(Lines.hostilities(s)).append('\n');
    out.append(Lines.counting(s, o)).append('\n');
    String mark = "    " + o.policy().word() + ": ";

    section(
        out,
        "Obligations",
        s.obligations(),
        o.obligations(),
        ob -> Lines.obligation(s.clock(), ob),
        // a ratio's counter-releases come from what each reading counts: by batch, not position
        (ob, index) ->
            ob.batch().map(b -> ob.clause() + "\n" + b.day()).orElse(String.valueOf(index)),
        mark);
    section(
        out,
        "Batches against their ratio",
        s.ratios(),
        o.ratios(),
        r -> Lines.ratio(s.clock(), r),
        by(r -> r.day() + "\n" + r.clause() + "\n" + r.party()),
        mark);
    if (!s.exchanges().isEmpty() || !o.exchanges().isEmpty()) {
      section(
          out,
          "Exchanges so far",
          s.exchanges(),
          o.exchanges(),
          Lines::exchange,
          by(x -> x.clause()),
          mark);
    }
    section(out, "Extensions", s.extensions(), o.extensions(), Lines::extension, byIndex(), mark);
    section(
        out,
        "Tallies",
        s.tallies(),
        o.tallies(),
        Lines::tally,
        by(t -> t.party() + "\n" + t.kind() + "\n" + t.category()),
        mark);

    out.append("\nDeviations from the compliant timeline (")
        .append(s.policy().word())
        .append(")\n");
    lines(out, s.deviations().stream().map(d -> Lines.deviation(s.clock(), d)).toList());
    java.util.Set<String> chosen =
        new java.util.HashSet<>(
            s.deviations().stream().map(d -> Lines.deviation(s.clock(), d)).toList());
    List<String> otherOnly =
        o.deviations().stream()
            .map(d -> Lines.deviation(s.clock(), d))
            .filter(t -> !chosen.contains(t))
            .toList();
    out.append("\nDeviations under the other reading (").append(o.policy().word()).append(")\n");
    if (o.deviations().isEmpty()) {
      out.append("  none\n");
    } else if (otherOnly.isEmpty()) {
      out.append("  the same as above\n");
    } else {
      lines(out, otherOnly);
    }

    if (!s.suspensions().isEmpty()) {
      out.append("\nSuspensions and terminations\n");
      lines(out, s.suspensions().stream().map(PartyActs::suspension).toList());
    }
    if (!s.substitutions().isEmpty()) {
      out.append("\nSubstitutions agreed\n");
      lines(out, s.substitutions().stream().map(Lines::substitution).toList());
    }
    out.append("\nStill held\n");
    lines(
        out,
        java.util.stream.Stream.concat(
                s.held().stream().map(HoldingLines::held),
                s.delivered().stream().map(HoldingLines::delivered))
            .toList());
    if (!s.notMonitored().isEmpty()) {
      out.append("\nNot monitored\n");
      lines(out, s.notMonitored().stream().map(HoldingLines::notMonitored).toList());
    }
    out.append("\nDisputed figures\n");
    lines(
        out,
        java.util.stream.Stream.concat(
                s.disputes().stream().map(Lines::dispute),
                s.totals().stream().filter(t -> t.contradicts()).map(HoldingLines::total))
            .toList());
    if (!s.totals().isEmpty()) {
      out.append("\nTotals reported\n");
      lines(out, s.totals().stream().map(HoldingLines::total).toList());
    }
    out.append("\nViolations alleged\n");
    lines(out, s.violations().stream().map(PartyActs::violation).toList());
    return out.toString();
  }

  /** Keys lines by position: the lists of both readings come from the same timeline. */
  private static <T> BiFunction<T, Integer, String> byIndex() {
    return (item, index) -> String.valueOf(index);
  }

  private static <T> BiFunction<T, Integer, String> by(Function<T, String> key) {
    return (item, index) -> key.apply(item);
  }

  private static <T> void section(
      StringBuilder out,
      String title,
      List<T> chosen,
      List<T> other,
      Function<T, String> line,
      BiFunction<T, Integer, String> key,
      String mark) {
    out.append('\n').append(title).append('\n');
    if (chosen.isEmpty()) {
      out.append("  none\n");
      return;
    }
    Map<String, T> otherByKey = new HashMap<>();
    for (int i = 0; i < other.size(); i++) {
      otherByKey.put(key.apply(other.get(i), i), other.get(i));
    }
    for (int i = 0; i < chosen.size(); i++) {
      T item = chosen.get(i);
      String text = line.apply(item);
      out.append("  ").append(text).append('\n');
      T paired = otherByKey.get(key.apply(item, i));
      if (paired != null) {
        Lines.other(text, line.apply(paired))
            .ifPresent(t -> out.append(mark).append(t).append('\n'));
      }
    }
  }

  private static void lines(StringBuilder out, List<String> lines) {
    if (lines.isEmpty()) {
      out.append("  none\n");
    }
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
  }
}
