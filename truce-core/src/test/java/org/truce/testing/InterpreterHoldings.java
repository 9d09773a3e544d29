package org.truce.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Holdings;
import org.truce.model.Phase;
import org.truce.testing.Interpreter.Line;
import org.truce.testing.Interpreter.State;

/**
 * The held lines as the {@link Interpreter} reads them: what is held and released ({@code held C},
 * {@code released C}, docs/semantics.md), and how a release draws units from a party's lines (those
 * its category covers first, in declaration order, then broader ones), splitting units whose status
 * is unknown at signing every allowed way. The state records the units drawn per line and name
 * ({@code "line index|name"}); everything here is read from that.
 */
final class InterpreterHoldings {
  private final List<Line> lines = new ArrayList<>();

  InterpreterHoldings(Agreement agreement) {
    for (Holdings block : agreement.holdings()) {
      for (Holdings.Entry e : block.entries()) {
        lines.add(new Line(block.holder(), e.category(), e.count(), e.either()));
      }
    }
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  /** What is left on a held line. */
  long left(State s, int line) {
    long drawn = 0;
    for (var e : s.drawn.entrySet()) {
      if (lineOf(e.getKey()) == line) {
        drawn += e.getValue();
      }
    }
    return lines.get(line).count() - drawn;
  }

  /** {@code held C [by P]}: what is left on the lines at, below or above C. */
  long held(State s, Category c, Optional<String> by) {
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (by.map(l.holder()::equals).orElse(true)
          && (c.covers(l.category())
              || l.category().covers(c)
              || InterpreterStatus.mayBe(l.either(), c))) {
        sum += left(s, i);
      }
    }
    return sum;
  }

  /** {@code released C [by P]}: units counted under C or a category below it. */
  long released(State s, Category c, Optional<String> by) {
    long sum = 0;
    for (var e : s.drawn.entrySet()) {
      Line l = lines.get(lineOf(e.getKey()));
      Category name = nameOf(e.getKey());
      // Units revealed from a line of unknown status count under what they turned out to be, and
      // under the line's own category and those above it.
      boolean revealed = l.either().contains(name) && c.covers(l.category());
      if (by.map(l.holder()::equals).orElse(true) && (c.covers(name) || revealed)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** Every unit {@code party} has released. */
  long releasedBy(State s, String party) {
    long sum = 0;
    for (var e : s.drawn.entrySet()) {
      if (lines.get(lineOf(e.getKey())).holder().equals(party)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** Units released from a held line, all names together. */
  long releasedFromLine(State s, int line) {
    return lines.get(line).count() - left(s, line);
  }

  private static int lineOf(String key) {
    return Integer.parseInt(key.substring(0, key.indexOf('|')));
  }

  private static Category nameOf(String key) {
    return new Category(key.substring(key.indexOf('|') + 1));
  }

  /**
   * The lines a release of {@code c} by {@code party} draws from, in order: those c covers, in
   * declaration order, then broader ones that cover it.
   */
  private List<Integer> drawOrder(String party, Category c) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.holder().equals(party) && c.covers(l.category())) {
        order.add(i);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.holder().equals(party) && l.category().covers(c) && !c.covers(l.category())) {
        order.add(i);
      }
    }
    return order;
  }

  /** What {@code party} still holds on the lines a release of {@code c} draws from. */
  long available(State s, String party, Category c) {
    long sum = 0;
    for (int line : drawOrder(party, c)) {
      sum += left(s, line);
    }
    return sum;
  }

  /**
   * Releases up to {@code amount}; never more than is held. What is left undrawn is in {@link
   * InterpreterDay#drawLeft} of each day returned: one day, or one per split of the units whose
   * status the release reveals.
   */
  List<InterpreterDay> draw(
      InterpreterDay d, String party, Category c, long amount, boolean answered) {
    d.drawLeft = amount;
    d.revealed = new LinkedHashMap<>();
    List<InterpreterDay> days = List.of(d);
    for (int line : drawOrder(party, c)) {
      List<InterpreterDay> next = new ArrayList<>();
      for (InterpreterDay day : days) {
        long take = Math.min(day.drawLeft, left(day.s, line));
        if (take == 0) {
          next.add(day);
          continue;
        }
        day.drawLeft -= take;
        Line l = lines.get(line);
        Category name = c.covers(l.category()) ? l.category() : c;
        if (l.either().isEmpty() || !name.equals(l.category())) {
          day.s.drawn.merge(line + "|" + name.path(), take, Long::sum);
          if (answered) {
            day.parts.add(new Object[] {party, name, take, null});
          }
          next.add(day);
          continue;
        }
        // docs/semantics.md "Status unknown at signing": every split is allowed.
        for (long[] split : InterpreterStatus.splits(take, l.either().size())) {
          InterpreterDay each = day.copy();
          for (int k = 0; k < split.length; k++) {
            if (split[k] == 0) {
              continue;
            }
            Category status = l.either().get(k);
            each.s.drawn.merge(line + "|" + status.path(), split[k], Long::sum);
            each.revealed.merge(status, split[k], Long::sum);
            if (answered) {
              each.parts.add(new Object[] {party, status, split[k], l.category()});
            }
          }
          next.add(each);
        }
      }
      days = next;
    }
    return days;
  }

  /** Releases {@code amount} (or what is held of it) as a clause's release, with its event. */
  List<InterpreterDay> make(
      InterpreterDay d,
      Phase phase,
      String party,
      Category c,
      long amount,
      ClauseRef ref,
      boolean answered) {
    List<InterpreterDay> out = draw(d, party, c, amount, answered);
    for (InterpreterDay day : out) {
      long made = amount - day.drawLeft;
      day.shortfall |= made < amount;
      Map<String, String> facts = new TreeMap<>(facts(party, c, made));
      revealedFact(day, facts);
      day.event("release", phase.name(), ref, facts);
    }
    return out;
  }

  /** Adds the fact {@code revealed} of a release, when it revealed any status. */
  static void revealedFact(InterpreterDay d, Map<String, String> facts) {
    String text = InterpreterStatus.text(d.revealed);
    if (!text.isEmpty()) {
      facts.put("revealed", text);
    }
  }

  /** The facts of a release or a breach of one: party, category, count. */
  static Map<String, String> facts(String party, Category c, long count) {
    return Map.of("party", party, "category", c.path(), "count", Long.toString(count));
  }
}
