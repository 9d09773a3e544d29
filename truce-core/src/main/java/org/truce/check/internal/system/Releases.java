package org.truce.check.internal.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.check.internal.system.Tables.ExchangeInfo;
import org.truce.check.internal.system.Tables.PhaseInfo;
import org.truce.check.internal.system.Tables.ReleaseInfo;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Counts;
import org.truce.model.Figure;
import org.truce.model.PhaseClause;

/**
 * The releases of one day: scheduled releases, the releases an extension step comes with, and the
 * counter-releases exchange ratios owe for them. Keeps the day's releases so that exchanges can
 * answer them; counter-releases are not answered in turn, so ratios cannot feed each other.
 */
public final class Releases {
  private final TransitionSystem ts;
  // Today's releases, part by part (player, name index, units), for the exchanges to answer.
  private int parts;
  private int[] partPlayers = new int[8];
  private int[] partNames = new int[8];
  private long[] partCounts = new long[8];
  private int releasing;
  private final Slots.PartSink recorder = this::record;
  private final Answers[] answersOf;
  private boolean shortfall;
  private long[] candidates = new long[16];

  Releases(TransitionSystem ts) {
    this.ts = ts;
    List<ExchangeInfo> exchanges = new ArrayList<>();
    ts.phases.forEach(p -> exchanges.addAll(p.exchanges()));
    this.answersOf = new Answers[exchanges.size()];
    for (ExchangeInfo x : exchanges) {
      answersOf[x.index()] = new Answers(x.clause());
    }
  }

  void startDay() {
    parts = 0;
    shortfall = false;
  }

  /** True when some release of the day could not be made in full: less was held than due. */
  boolean shortfall() {
    return shortfall;
  }

  /** Performs what a release clause asks today, choosing amounts where the text leaves them. */
  void scheduled(PhaseInfo p, ReleaseInfo r, long[] v, Chooser chooser, StepLog log) {
    long phaseDay = r.conditional() ? v[r.since()] : r.agreementDays() ? v[ts.day] : v[p.day()];
    boolean today =
        switch (r.timing()) {
          case ON_DAY -> phaseDay == r.day();
          case BATCH -> phaseDay >= r.day() && (phaseDay - r.day()) % r.every() == 0;
          case BY_DAY -> phaseDay >= r.opens() && phaseDay <= r.day();
          case BEST_EFFORT -> true;
        };
    if (!today) {
      return;
    }
    long available = ts.slots.available(v, r.plan());
    long owed = r.due() == Tables.NONE ? available : r.count().get() - v[r.due()];
    long due = r.timing() == Tables.Timing.BATCH ? Math.min(r.size(), owed) : owed;
    boolean deadline =
        switch (r.timing()) {
          case BY_DAY -> phaseDay == r.day();
          case BEST_EFFORT -> false;
          default -> true;
        };
    if (due <= 0) {
      return;
    }
    long amount = due;
    int player = r.player();
    if (!deadline) {
      amount = amount(r, v, Math.min(due, available), chooser, player);
    } else if (player == ts.adversary && chooser.choose(player, 2) == 1) {
      if (log.recording()) { // the text and facts are built only for a witness
        log(
            log,
            "breach",
            p,
            r.party() + " does not release " + due + " " + r.category(),
            r.clause(),
            facts(r.party(), r.category(), due));
      }
      ts.breaches.record(v, r.clause().ref());
      return;
    }
    if (amount == 0) {
      return;
    }
    if (r.due() != Tables.NONE) {
      v[r.due()] += amount;
    }
    release(p, r.party(), player, r.category(), r.plan(), amount, v, chooser, log, r.clause());
  }

  /** The release an extension step comes with, made on the first day of the step. */
  void stepRelease(PhaseInfo p, PhaseClause.Extension e, long[] v, Chooser chooser, StepLog log) {
    var per = (PhaseClause.Extension.Trigger.PerReleases) e.trigger();
    String party = releaser(per);
    int player = ts.player(party);
    if (player == ts.adversary && chooser.choose(ts.adversary, 2) == 1) {
      if (log.recording()) {
        log(
            log,
            "breach",
            p,
            party + " does not release " + per.count() + " " + per.category(),
            e,
            facts(party, per.category(), per.count()));
      }
      ts.breaches.record(v, e.ref());
      return;
    }
    Slots.Plan plan = ts.slots.plan(party, per.category());
    release(p, party, player, per.category(), plan, per.count(), v, chooser, log, e);
  }

  String releaser(PhaseClause.Extension.Trigger.PerReleases per) {
    return releaser(ts, per);
  }

  /** The party that releases the units an extension step comes with. */
  public static String releaser(
      TransitionSystem ts, PhaseClause.Extension.Trigger.PerReleases per) {
    return per.by()
        .or(() -> ts.slots.holderOf(per.category()))
        .orElseThrow(() -> new IllegalStateException("nobody holds " + per.category()));
  }

  /** Answers today's releases (and those due from earlier days) for one exchange clause. */
  void exchange(PhaseInfo p, ExchangeInfo x, boolean active, long[] v, Chooser c, StepLog log) {
    long units = active ? unitsToday(x) : 0;
    if (x.lump()) {
      units = groupCompleted(x, units, v);
    }
    int[] pending = x.pending();
    if (pending.length > 0) {
      long dueUnits = v[pending[pending.length - 1]];
      for (int i = pending.length - 1; i > 0; i--) {
        v[pending[i]] = v[pending[i - 1]];
      }
      v[pending[0]] = units;
      units = dueUnits;
    }
    if (units == 0) {
      return;
    }
    PhaseClause.Exchange clause = x.clause();
    long owed = Counts.saturatedProduct(clause.perUnit(), units);
    if (x.player() == ts.adversary && c.choose(ts.adversary, 2) == 1) {
      if (log.recording()) { // a search's step builds no text: a third of its allocation was this
        log(
            log,
            "breach",
            p,
            counterText(clause, "does not release", owed, units),
            clause,
            facts(clause.party(), clause.category(), owed));
      }
      ts.breaches.record(v, clause.ref());
      return;
    }
    Revealed revealed = log.recording() ? new Revealed(ts.slots) : null;
    long made = ts.slots.draw(v, x.plan(), owed, revealed, c);
    shortfall |= made < owed;
    if (log.recording()) {
      String text =
          counterText(clause, "releases", made, units)
              + (made < owed ? " (" + owed + " due)" : "")
              + revealed.note();
      Map<String, String> facts = new HashMap<>(facts(clause.party(), clause.category(), made));
      facts.put("units", Long.toString(units));
      revealed.into(facts);
      log.event("counter-release", p.name(), text, clause.ref(), clause, facts);
    }
  }

  /**
   * A lump's day: adds today's units of the group to its counter (capped at the group's size) and
   * returns 1 on the day the counter reaches the size (the lump falls due, once), 0 otherwise.
   */
  private static long groupCompleted(ExchangeInfo x, long units, long[] v) {
    long size = x.clause().group().orElseThrow();
    long before = v[x.group()];
    if (before >= size) {
      return 0;
    }
    if (units >= size - before) {
      v[x.group()] = size;
      return 1;
    }
    v[x.group()] = before + units;
    return 0;
  }

  /** E.g. "israel releases 600 prisoner for 20 hostage.living.civilian released". */
  private static String counterText(
      PhaseClause.Exchange clause, String verb, long count, long units) {
    if (clause.lump()) {
      return clause.party()
          + " "
          + verb
          + " "
          + count
          + " "
          + clause.category()
          + " for the "
          + clause.group().orElseThrow()
          + " "
          + clause.unitCategory()
          + " released";
    }
    return clause.party()
        + " "
        + verb
        + " "
        + count
        + " "
        + clause.category()
        + " for "
        + units
        + " "
        + clause.unitCategory()
        + " released";
  }

  private void release(
      PhaseInfo p,
      String party,
      int player,
      Category category,
      Slots.Plan plan,
      long amount,
      long[] v,
      Chooser chooser,
      StepLog log,
      PhaseClause clause) {
    releasing = player;
    Revealed revealed = log.recording() ? new Revealed(ts.slots) : null;
    Slots.PartSink sink =
        revealed == null
            ? recorder
            : (name, count) -> {
              record(name, count);
              revealed.part(name, count);
            };
    long made = ts.slots.draw(v, plan, amount, sink, chooser);
    shortfall |= made < amount;
    if (log.recording()) {
      String text =
          party
              + " releases "
              + made
              + " "
              + category
              + (made < amount ? " (" + amount + " due)" : "")
              + revealed.note();
      Map<String, String> facts = new HashMap<>(facts(party, category, made));
      revealed.into(facts);
      log.event("release", p.name(), text, clause.ref(), clause, facts);
    }
  }

  /** Records a part of today's releases, by {@link #releasing}, for the exchanges. */
  private void record(int name, long count) {
    if (parts == partPlayers.length) {
      partPlayers = Arrays.copyOf(partPlayers, parts * 2);
      partNames = Arrays.copyOf(partNames, parts * 2);
      partCounts = Arrays.copyOf(partCounts, parts * 2);
    }
    partPlayers[parts] = releasing;
    partNames[parts] = name;
    partCounts[parts] = count;
    parts++;
  }

  /** Units released today that {@code x} answers: by the right party, of a category it covers. */
  private long unitsToday(ExchangeInfo x) {
    Answers answers = answersOf[x.index()];
    long units = 0;
    for (int i = 0; i < parts; i++) {
      if (answers.player(partPlayers[i]) && answers.name(partNames[i])) {
        units += partCounts[i];
      }
    }
    return units;
  }

  /** True when {@code x} answers units {@code party} releases. */
  private static boolean answersParty(PhaseClause.Exchange x, String party) {
    return x.unitReleasedBy().map(party::equals).orElse(!party.equals(x.party()));
  }

  /** True when {@code x} answers units of {@code name} that {@code party} releases. */
  public static boolean answers(PhaseClause.Exchange x, String party, Category name) {
    return answersParty(x, party) && x.unitCategory().covers(name);
  }

  /** Which releasing players and part names an exchange answers, worked out once each. */
  private final class Answers {
    private final boolean[] players;
    private byte[] names = new byte[8]; // 0 not yet known, 1 answered, 2 not
    private final PhaseClause.Exchange x;

    Answers(PhaseClause.Exchange x) {
      this.x = x;
      this.players = new boolean[ts.players.size()];
      for (int i = 0; i < players.length; i++) {
        String party = ts.players.get(i);
        players[i] = answersParty(x, party);
      }
    }

    boolean player(int player) {
      return players[player];
    }

    boolean name(int name) {
      if (name >= names.length) {
        names = Arrays.copyOf(names, Math.max(name + 1, names.length * 2));
      }
      if (names[name] == 0) {
        boolean answered =
            x.unitCategory().covers(ts.slots.partName(name))
                || ts.slots.partLine(name).filter(x.unitCategory()::covers).isPresent();
        names[name] = answered ? (byte) 1 : (byte) 2;
      }
      return names[name] == 1;
    }
  }

  /** Past this many units, even an exact search explores only the amounts below. */
  public static final long MOST_EXACT = 10_000;

  /**
   * The amounts explored for a release before its deadline: nothing, everything still due, and
   * (unless every amount is asked for) the amounts that bring a count figure of a related category
   * to each number a condition compares it with, and one either side of it. Units are
   * interchangeable, so other amounts cannot change what a condition reads. A category whose figure
   * is compared with another figure or the day gets every amount.
   */
  private long amount(ReleaseInfo r, long[] v, long most, Chooser chooser, int player) {
    if (r.everyAmount() && most <= MOST_EXACT) {
      return most == 0 ? 0 : chooser.choose(player, Math.toIntExact(most + 1));
    }
    int n = 0;
    candidates[n++] = 0;
    candidates[n++] = most;
    for (int i = 0; i < r.probes().size(); i++) { // by index: no iterator under C1
      ConditionScan.Probe probe = r.probes().get(i);
      long now = ts.conditions.value(probe.figure(), v);
      long step =
          probe.figure() instanceof Figure.Held ? now - probe.number() : probe.number() - now;
      for (long a = step - 1; a <= step + 1; a++) {
        if (a > 0 && a < most) {
          if (n == candidates.length) {
            candidates = Arrays.copyOf(candidates, n * 2);
          }
          candidates[n++] = a;
        }
      }
    }
    Arrays.sort(candidates, 0, n);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (unique == 0 || candidates[unique - 1] != candidates[i]) {
        candidates[unique++] = candidates[i];
      }
    }
    return unique == 1 ? candidates[0] : candidates[chooser.choose(player, unique)];
  }

  /**
   * Whether every amount of a release of {@code category} by {@code party} is worth exploring;
   * worked out once per clause, into {@link ReleaseInfo#everyAmount}.
   */
  static boolean everyAmount(TransitionSystem ts, String party, Category category) {
    // A release that reveals a status moves figures of the categories revealed by any amount up to
    // what it releases, so the amounts probes would pick for them are not enough: explore them all.
    return ts.exactAmounts
        || ts.slots.reveals(party, category)
        || ts.pairedFigures.stream().anyMatch(f -> relates(party, category, f));
  }

  /**
   * The compared figures a release of {@code category} by {@code party} can move; worked out once
   * per clause, into {@link ReleaseInfo#probes}.
   */
  static List<ConditionScan.Probe> probes(TransitionSystem ts, String party, Category category) {
    return ts.probes.stream().filter(p -> relates(party, category, p.figure())).toList();
  }

  /**
   * True when releasing {@code released} by {@code party} can change what {@code figure} counts.
   */
  private static boolean relates(String party, Category released, Figure figure) {
    Category category;
    Optional<String> by;
    switch (figure) {
      case Figure.Released f -> {
        category = f.category();
        by = f.by();
      }
      case Figure.Held f -> {
        category = f.category();
        by = f.by();
      }
      default -> {
        return false;
      }
    }
    return by.map(party::equals).orElse(true)
        && (category.covers(released) || released.covers(category));
  }

  private static void log(
      StepLog log,
      String kind,
      PhaseInfo p,
      String text,
      Object clause,
      Map<String, String> facts) {
    if (log.recording()) {
      ClauseRef ref = clause instanceof PhaseClause pc ? pc.ref() : ClauseRef.NONE;
      log.event(kind, p.name(), text, ref, clause, facts);
    }
  }

  /** The facts of a release event: who, what and how many. */
  private static Map<String, String> facts(String party, Category category, long count) {
    return Map.of("party", party, "category", category.path(), "count", Long.toString(count));
  }
}
