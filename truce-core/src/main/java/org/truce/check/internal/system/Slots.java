package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.Holdings;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;

/**
 * What is held and released, as state variables: one counter per held line and name a release can
 * be counted under (the line's own category, or a narrower category released from a broader line).
 * What a line still holds is its stated count less every counter drawn from it, so nothing is
 * stored twice. Units of a category are interchangeable: only counts are kept (the counting
 * abstraction). The rules are those of the timeline (docs/timeline.md): a release draws from the
 * lines its category covers in declaration order, then from broader lines that cover it.
 */
public final class Slots {
  /**
   * One held line. A non-empty {@code either} makes its status unknown at signing: a release that
   * draws its units under the line's own category reveals, unit by unit, which of these each is of
   * (the environment chooses), and counts them under it (docs/semantics.md "Status unknown at
   * signing").
   */
  public record Line(
      String holder, Category category, long count, int[] counters, List<Category> either) {}

  /** One counter: units drawn from {@code line} counted as released under {@code name}. */
  record Counter(int var, int line, String party, Category name) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<Counter> counters = new ArrayList<>();
  // Which counters or lines a figure sums, by category, then party: read by every search worker
  // on every transition, so concurrent maps looked up without building a key.
  private final Cache<int[]> releasedCache = new Cache<>();
  private final Cache<int[]> heldCache = new Cache<>();
  private final Cache<Plan> plans = new Cache<>();
  private final List<Category> partNames = new CopyOnWriteArrayList<>();
  // The category of the line of unknown status a part name's units were revealed from; null for
  // parts of known status. Parallel to partNames.
  private final List<Category> partLines = new CopyOnWriteArrayList<>();
  private final long[] lineCount;
  private final int[][] lineVars;
  private final Cache<int[]> releasedByCache = new Cache<>();

  /** The category key of caches that do not depend on one. */
  private static final Category ANY = new Category("any");

  /**
   * Arrays of indices by category, then by party, keyed by identity: the callers pass the model's
   * own instances, so a lookup hashes no list of names. Read without locks: a new entry replaces
   * the whole map (there are only as many as the text has categories and parties).
   */
  private static final class Cache<T> {
    private static final int MOST_KEYS = 1024;
    private volatile Map<Object, Map<Object, T>> map = new IdentityHashMap<>();

    T get(Category category, Object party, Supplier<T> compute) {
      Map<Object, T> byParty = map.get(category);
      T found = byParty == null ? null : byParty.get(party);
      if (found == null) {
        found = compute.get();
        if (map.size() > MOST_KEYS || (byParty != null && byParty.size() > MOST_KEYS)) {
          return found; // keys that are not the model's own instances: do not keep them all
        }
        synchronized (this) {
          Map<Object, Map<Object, T>> next = new IdentityHashMap<>(map);
          Map<Object, T> parties = new IdentityHashMap<>(next.getOrDefault(category, Map.of()));
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
        names.addAll(entry.either());
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
        lines.add(new Line(block.holder(), entry.category(), entry.count(), ids, entry.either()));
      }
    }
    lineCount = new long[lines.size()];
    lineVars = new int[lines.size()][];
    for (int i = 0; i < lines.size(); i++) {
      lineCount[i] = lines.get(i).count();
      lineVars[i] =
          Arrays.stream(lines.get(i).counters()).map(c -> counters.get(c).var()).toArray();
    }
  }

  public List<Line> lines() {
    return lines;
  }

  List<Counter> counters() {
    return counters;
  }

  /** The units {@code line} holds before anything is released from it. */
  long lineCount(int line) {
    return lineCount[line];
  }

  /** The counters drawn from {@code line}. */
  public int[] lineVars(int line) {
    return lineVars[line];
  }

  long heldOnLine(long[] v, int line) {
    long drawn = 0;
    for (int var : lineVars[line]) {
      drawn += v[var];
    }
    return lineCount[line] - drawn;
  }

  /** Units {@code party} holds that a release of {@code category} may draw from. */
  long available(long[] v, String party, Category category) {
    return available(v, plan(party, category));
  }

  /** What the lines of {@code plan} hold in {@code v}. */
  long available(long[] v, Plan plan) {
    long sum = 0;
    for (int line : plan.lines()) {
      sum += heldOnLine(v, line);
    }
    return sum;
  }

  /**
   * How a release of one category by one party draws: the lines in order and, for each, the counter
   * it adds to (-1: none) and the name the units are counted under, as an index of {@link
   * #partName}. For a line of unknown status drawn under its own category, {@code splitVars} and
   * {@code splitNames} give, instead, a counter and a name per category a unit may turn out to be
   * of, and the environment chooses how many are of each; null for the other lines.
   */
  public record Plan(
      int[] lines, int[] counterVars, int[] names, int[][] splitVars, int[][] splitNames) {
    /** True when the draw from the {@code i}-th line reveals a status. */
    public boolean splits(int i) {
      return splitVars[i] != null;
    }
  }

  /** Receives the parts of a draw. */
  interface PartSink {
    void part(int name, long count);
  }

  /** The plan of a release of {@code category} by {@code party}; worked out once. */
  public Plan plan(String party, Category category) {
    return plans.get(category, party, () -> makePlan(party, category));
  }

  /** A name parts are counted under, by its index in plans. */
  public Category partName(int index) {
    return partNames.get(index);
  }

  private Plan makePlan(String party, Category category) {
    int[] order = drawOrder(party, category);
    int[] vars = new int[order.length];
    int[] names = new int[order.length];
    int[][] splitVars = new int[order.length][];
    int[][] splitNames = new int[order.length][];
    for (int i = 0; i < order.length; i++) {
      Line l = lines.get(order[i]);
      Category name = category.covers(l.category()) ? l.category() : category;
      vars[i] = counterVar(l, name);
      names[i] = nameIndex(name, null);
      if (!l.either().isEmpty() && name.equals(l.category())) {
        splitVars[i] = l.either().stream().mapToInt(e -> counterVar(l, e)).toArray();
        splitNames[i] = l.either().stream().mapToInt(e -> nameIndex(e, l.category())).toArray();
      }
    }
    return new Plan(order, vars, names, splitVars, splitNames);
  }

  private int counterVar(Line l, Category name) {
    int var = -1;
    for (int c : l.counters()) {
      if (counters.get(c).name().equals(name)) {
        var = counters.get(c).var();
      }
    }
    return var;
  }

  private synchronized int nameIndex(Category name, Category line) {
    for (int i = 0; i < partNames.size(); i++) {
      if (partNames.get(i).equals(name) && java.util.Objects.equals(partLines.get(i), line)) {
        return i;
      }
    }
    partNames.add(name);
    partLines.add(line == null ? NO_LINE : line);
    return partNames.size() - 1;
  }

  /** Stands for "no line of unknown status" in {@link #partLines}, which holds no null. */
  private static final Category NO_LINE = new Category("known");

  /**
   * The category of the line of unknown status whose units part name {@code index} counts, as
   * revealed at release; empty for units of known status.
   */
  public Optional<Category> partLine(int index) {
    Category line = partLines.get(index);
    return line == NO_LINE ? Optional.empty() : Optional.of(line);
  }

  /**
   * Draws up to {@code amount} as {@code plan} says, telling {@code sink} (if any) each part;
   * returns how many units were drawn. The units drawn from a line of unknown status are split
   * among its categories as {@code chooser} answers for the environment (player 0): for each
   * category but the last, how many of what is left are of it; the last takes the rest.
   */
  long draw(long[] v, Plan plan, long amount, PartSink sink, Chooser chooser) {
    long left = amount;
    int[] order = plan.lines();
    for (int i = 0; i < order.length && left > 0; i++) {
      long take = Math.min(left, heldOnLine(v, order[i]));
      if (take == 0) {
        continue;
      }
      left -= take;
      if (plan.splits(i)) {
        split(v, plan.splitVars()[i], plan.splitNames()[i], take, sink, chooser);
        continue;
      }
      if (plan.counterVars()[i] >= 0) {
        v[plan.counterVars()[i]] += take;
      }
      if (sink != null) {
        sink.part(plan.names()[i], take);
      }
    }
    return amount - left;
  }

  private static void split(
      long[] v, int[] vars, int[] names, long take, PartSink sink, Chooser chooser) {
    long rest = take;
    for (int k = 0; k < vars.length; k++) {
      long part =
          k == vars.length - 1 || rest == 0
              ? rest
              : chooser.choose(0, Math.toIntExact(Math.min(rest, Integer.MAX_VALUE - 1) + 1));
      rest -= part;
      if (part == 0) {
        continue;
      }
      v[vars[k]] += part;
      if (sink != null) {
        sink.part(names[k], part);
      }
    }
  }

  /** True when a release of {@code category} by {@code party} may reveal a status. */
  boolean reveals(String party, Category category) {
    Plan plan = plan(party, category);
    for (int i = 0; i < plan.lines().length; i++) {
      if (plan.splits(i)) {
        return true;
      }
    }
    return false;
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
    for (int var : releasedByVars(party)) {
      sum += v[var];
    }
    return sum;
  }

  /** The counters of everything {@code party} releases. */
  public int[] releasedByVars(String party) {
    return releasedByCache.get(
        ANY,
        party,
        () ->
            counters.stream()
                .filter(c -> c.party().equals(party))
                .mapToInt(Counter::var)
                .toArray());
  }

  /** The counters a figure {@code released category [by]} sums. */
  public int[] releasedVars(Category category, Optional<String> by) {
    return releasedCache.get(
        category,
        by,
        () ->
            counters.stream()
                .filter(c -> by.map(c.party()::equals).orElse(true))
                .filter(c -> category.covers(c.name()) || revealedFromCovered(c, category))
                .mapToInt(Counter::var)
                .toArray());
  }

  /**
   * True when {@code c} counts units revealed from a line of unknown status that {@code category}
   * covers: {@code released hostage.unknown} counts them, whatever they turned out to be.
   */
  private boolean revealedFromCovered(Counter c, Category category) {
    Line l = lines.get(c.line());
    return l.either().contains(c.name()) && category.covers(l.category());
  }

  /** The lines a figure {@code held category [by]} sums: at, below or above the category. */
  public int[] heldLines(Category category, Optional<String> by) {
    return heldCache.get(
        category,
        by,
        () -> {
          List<Integer> found = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (by.map(l.holder()::equals).orElse(true)
                && (category.covers(l.category())
                    || l.category().covers(category)
                    || l.either().stream().anyMatch(category::covers))) {
              found.add(i);
            }
          }
          return toArray(found);
        });
  }

  /**
   * The lines a release of {@code category} by {@code party} draws from, in order: those its
   * category covers, in declaration order, then broader ones that cover it.
   */
  int[] drawOrder(String party, Category category) {
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

  /** The categories each party releases under some clause, in text order. */
  static Map<String, Set<Category>> releasedCategories(Agreement agreement) {
    Map<String, Set<Category>> released = new HashMap<>();
    for (Phase phase : agreement.phases()) {
      for (PhaseClause clause : phase.clauses()) {
        switch (clause) {
          case PhaseClause.Release r ->
              released.computeIfAbsent(r.party(), k -> new LinkedHashSet<>()).add(r.category());
          case PhaseClause.Exchange x ->
              released.computeIfAbsent(x.party(), k -> new LinkedHashSet<>()).add(x.category());
          case PhaseClause.Extension e -> {
            if (e.trigger() instanceof PhaseClause.Extension.Trigger.PerReleases per) {
              per.by()
                  .ifPresent(
                      by ->
                          released
                              .computeIfAbsent(by, k -> new LinkedHashSet<>())
                              .add(per.category()));
            }
          }
          default -> {}
        }
      }
    }
    return released;
  }
}
