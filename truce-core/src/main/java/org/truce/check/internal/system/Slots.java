package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.truce.model.Category;
import org.truce.model.Holdings;

/**
 * What is held and released, as state variables: one counter per held line and name a release can
 * be counted under (the line's own category, or a narrower category released from a broader line).
 * What a line still holds is its stated count less every counter drawn from it, so nothing is
 * stored twice. Units of a category are interchangeable: only counts are kept (the counting
 * abstraction). The rules are those of the timeline (docs/timeline.md): a release draws from the
 * lines its category covers in declaration order, then from broader lines that cover it.
 */
final class Slots {
  /** One held line. */
  record Line(String holder, Category category, long count, int[] counters) {}

  /** One counter: units drawn from {@code line} counted as released under {@code name}. */
  record Counter(int var, int line, String party, Category name) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<Counter> counters = new ArrayList<>();
  // Which counters or lines a figure sums, by category, then party: read by every search worker
  // on every transition, so concurrent maps looked up without building a key.
  private final Cache releasedCache = new Cache();
  private final Cache heldCache = new Cache();
  private final Cache drawCache = new Cache();
  private final Cache releasedByCache = new Cache();

  /** The category key of caches that do not depend on one. */
  private static final Category ANY = new Category("any");

  /**
   * Arrays of indices by category, then by party, keyed by identity: the callers pass the model's
   * own instances, so a lookup hashes no list of names. Read without locks: a new entry replaces
   * the whole map (there are only as many as the text has categories and parties).
   */
  private static final class Cache {
    private static final int MOST_KEYS = 1024;
    private volatile Map<Object, Map<Object, int[]>> map = new IdentityHashMap<>();

    int[] get(Category category, Object party, Supplier<int[]> compute) {
      Map<Object, int[]> byParty = map.get(category);
      int[] found = byParty == null ? null : byParty.get(party);
      if (found == null) {
        found = compute.get();
        if (map.size() > MOST_KEYS || (byParty != null && byParty.size() > MOST_KEYS)) {
          return found; // keys that are not the model's own instances: do not keep them all
        }
        synchronized (this) {
          Map<Object, Map<Object, int[]>> next = new IdentityHashMap<>(map);
          Map<Object, int[]> parties = new IdentityHashMap<>(next.getOrDefault(category, Map.of()));
          parties.put(party, found);
          next.put(category, parties);
          map = next;
        }
      }
      return found;
    }
  }

  /**
   * Declares the counters. {@code released} lists, per holder, every category a clause of the text
   * makes that holder release, so that narrower names drawn from broader lines get counters.
   */
  Slots(Vars vars, List<Holdings> holdings, Map<String, Set<Category>> released) {
    for (Holdings block : holdings) {
      for (Holdings.Entry entry : block.entries()) {
        Set<Category> names = new LinkedHashSet<>();
        names.add(entry.category());
        for (Category c : released.getOrDefault(block.holder(), Set.of())) {
          if (entry.category().covers(c) && !c.equals(entry.category())) {
            names.add(c);
          }
        }
        int lineIndex = lines.size();
        int[] ids = new int[names.size()];
        int k = 0;
        for (Category name : names) {
          int var =
              vars.add(
                  "released " + name + " by " + block.holder() + " from line " + lineIndex,
                  entry.count());
          counters.add(new Counter(var, lineIndex, block.holder(), name));
          ids[k++] = counters.size() - 1;
        }
        lines.add(new Line(block.holder(), entry.category(), entry.count(), ids));
      }
    }
  }

  List<Line> lines() {
    return lines;
  }

  List<Counter> counters() {
    return counters;
  }

  long heldOnLine(long[] v, int line) {
    Line l = lines.get(line);
    long drawn = 0;
    for (int c : l.counters()) {
      drawn += v[counters.get(c).var()];
    }
    return l.count() - drawn;
  }

  /** Units {@code party} holds that a release of {@code category} may draw from. */
  long available(long[] v, String party, Category category) {
    long sum = 0;
    for (int line : drawOrder(party, category)) {
      sum += heldOnLine(v, line);
    }
    return sum;
  }

  /** A part of a release: units counted under {@code name}. */
  record Part(Category name, long count) {}

  /** Draws up to {@code amount}; returns what was drawn, per name counted. */
  List<Part> draw(long[] v, String party, Category category, long amount) {
    List<Part> parts = new ArrayList<>(2);
    long left = amount;
    for (int line : drawOrder(party, category)) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, heldOnLine(v, line));
      if (take == 0) {
        continue;
      }
      Line l = lines.get(line);
      Category name = category.covers(l.category()) ? l.category() : category;
      for (int c : l.counters()) {
        Counter counter = counters.get(c);
        if (counter.name().equals(name)) {
          v[counter.var()] += take;
        }
      }
      left -= take;
      parts.add(new Part(name, take));
    }
    return parts;
  }

  /** Units released under {@code category} or below it (by {@code by}, or by anyone). */
  long released(long[] v, Category category, Optional<String> by) {
    long sum = 0;
    for (int var : releasedVars(category, by)) {
      sum += v[var];
    }
    return sum;
  }

  /** The most units of {@code category} still held: lines at, below or above it. */
  long held(long[] v, Category category, Optional<String> by) {
    long sum = 0;
    for (int line : heldLines(category, by)) {
      sum += heldOnLine(v, line);
    }
    return sum;
  }

  /** Every unit {@code party} has released so far, all categories together. */
  long releasedBy(long[] v, String party) {
    long sum = 0;
    for (int var : releasedByCache.get(ANY, party, () -> counterVars(party))) {
      sum += v[var];
    }
    return sum;
  }

  private int[] counterVars(String party) {
    return counters.stream().filter(c -> c.party().equals(party)).mapToInt(Counter::var).toArray();
  }

  private int[] releasedVars(Category category, Optional<String> by) {
    return releasedCache.get(
        category,
        by,
        () ->
            counters.stream()
                .filter(c -> by.map(c.party()::equals).orElse(true))
                .filter(c -> category.covers(c.name()))
                .mapToInt(Counter::var)
                .toArray());
  }

  private int[] heldLines(Category category, Optional<String> by) {
    return heldCache.get(
        category,
        by,
        () -> {
          List<Integer> found = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (by.map(l.holder()::equals).orElse(true)
                && (category.covers(l.category()) || l.category().covers(category))) {
              found.add(i);
            }
          }
          return toArray(found);
        });
  }

  int[] drawOrder(String party, Category category) {
    return drawCache.get(
        category,
        party,
        () -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.holder().equals(party) && category.covers(l.category())) {
              order.add(i);
            }
          }
          for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.holder().equals(party)
                && l.category().covers(category)
                && !category.covers(l.category())) {
              order.add(i);
            }
          }
          return toArray(order);
        });
  }

  /** The first holder, in declaration order, with a line that may hold units of the category. */
  Optional<String> holderOf(Category category) {
    return lines.stream()
        .filter(l -> category.covers(l.category()) || l.category().covers(category))
        .map(Line::holder)
        .findFirst();
  }

  private static int[] toArray(Collection<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
