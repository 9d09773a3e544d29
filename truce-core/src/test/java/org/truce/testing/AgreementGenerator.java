package org.truce.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Conclusion;
import org.truce.model.Condition;
import org.truce.model.Figure;
import org.truce.model.Holdings;
import org.truce.model.Interest;
import org.truce.model.Lapse;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.Schedule;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.TalkState;

/**
 * A QuickTheories generator of random <em>valid</em> agreements, for round-trip properties (print
 * then load, JSON write then read). Every generated {@link Agreement} is meant to load without
 * errors (warnings may remain) when printed:
 *
 * <ul>
 *   <li>names are unique and never reserved words; parties, mediators, guarantors and endorsers are
 *       distinct actors, and only parties hold, release, judge talks, have interests or rights;
 *   <li>each holder's categories share a root no other holder uses and never overlap;
 *   <li>releases never exceed what is held, in all phases together; batch schedules finish within
 *       their phase; deadlines fall within their phase; a category paid out by an exchange is held
 *       in sufficient numbers to pay for every unit of the other side and is not released
 *       otherwise;
 *   <li>each phase states its hostilities once; the first begins on day 1 or a given day, every
 *       later one begins after, or when, an earlier phase ends; talks are held in an earlier phase
 *       on a later one, at most once per phase; extensions only on phases with a duration, with a
 *       cap that is a multiple of the step;
 *   <li>conditions are well typed and at most three operators deep; they speak of talks only on
 *       phases that have them, judged only by parties;
 *   <li>tags have unique ids; texts contain quotes, backslashes, line breaks and non-ASCII letters
 *       to exercise escaping.
 * </ul>
 *
 * Use {@link #agreements()} with {@code qt().forAll(...)}; draws come from the randomness source,
 * so QuickTheories shrinks failing agreements.
 */
public final class AgreementGenerator {
  /**
   * The days of an open-ended phase, as far as deadlines drawn in it go (AgreementDayDraws too).
   */
  static final long OPEN_ENDED_DAYS = 60;

  private static final List<String> PHASE_NAMES = List.of("one", "two", "three", "four");
  private static final List<String> GOODS = List.of("aid.truck", "fuel.truck", "aid.crate");

  private AgreementGenerator() {}

  /** The name of the first party of {@code agreement}: the adversary the property tests take. */
  public static String firstParty(Agreement agreement) {
    return agreement.actors().stream()
        .filter(a -> a.has(org.truce.vocabulary.Role.PARTY))
        .findFirst()
        .orElseThrow()
        .name();
  }

  /** Random valid agreements, from one actor list and one phase up to a few of each. */
  public static Gen<Agreement> agreements() {
    return in -> new Draw(in, Conditionals.SOMETIMES).agreement();
  }

  /**
   * Random valid agreements in which most releases are conditional (docs/semantics.md "Conditional
   * releases"), mostly on the releases that are not, for properties that must see them armed.
   */
  public static Gen<Agreement> agreementsWithConditionalReleases() {
    return in -> new Draw(in, Conditionals.OFTEN).agreement();
  }

  /** How often {@link ConditionalDraws} makes releases conditional. */
  private enum Conditionals {
    SOMETIMES,
    OFTEN
  }

  /** One generation: the draws and the facts already decided that later choices must respect. */
  private static final class Draw {
    private final Dice dice;
    private final ScheduleDraws schedules;
    private final ConditionDraws conditions;
    private final List<String> parties = new ArrayList<>();
    // Tagged obligations so far (releases, exchanges, deliveries, withdrawals, undertakings):
    // {party that owes it, clause id}.
    private final List<String[]> owed = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final Map<Category, String> holderOf = new LinkedHashMap<>();
    private final Map<Category, Long> heldCount = new HashMap<>();
    private final Map<Category, Long> remaining = new HashMap<>();
    private final List<Category> exchanged = new ArrayList<>();
    // Statuses of lines whose status is unknown at signing: read by conditions and answered by
    // exchanges, never released by name (E194) nor drawn by an extension step.
    private final List<Category> statuses = new ArrayList<>();
    private final List<String> phaseNames = new ArrayList<>();
    private final Map<String, Integer> talksHost = new HashMap<>();
    private final List<String> endable = new ArrayList<>();
    private int nextTag = 1;
    private final Conditionals conditionals;
    // Parts of one generation that live in classes beside this one, to keep each file short; they
    // share the facts above (the same collections) and the dice, so the draws and their order are
    // those of one class.
    private final HeaderAndHoldingsDraws headerDraws;
    private final RightAndAssuranceDraws rightDraws;
    private final AgreementDayDraws dayDraws;

    Draw(RandomnessSource in, Conditionals conditionals) {
      this.dice = new Dice(in);
      this.conditionals = conditionals;
      this.schedules = new ScheduleDraws(dice);
      this.conditions = new ConditionDraws(dice, parties, phaseNames, talksHost, holderOf);
      this.headerDraws =
          new HeaderAndHoldingsDraws(
              dice, this::ref, parties, actors, holderOf, heldCount, remaining, statuses);
      this.rightDraws =
          new RightAndAssuranceDraws(dice, this::ref, conditions, parties, actors, owed);
      this.dayDraws = new AgreementDayDraws(dice);
    }

    Agreement agreement() {
      headerDraws.actors();
      List<Holdings> holdings = headerDraws.holdings();
      int phaseCount = dice.between(1, 3);
      phaseNames.addAll(dice.pick(PHASE_NAMES, phaseCount));
      for (int target = 1; target < phaseCount; target++) {
        if (dice.chance(50)) {
          talksHost.put(phaseNames.get(target), dice.between(0, target - 1));
        }
      }
      List<Phase> phases = new ArrayList<>();
      for (int i = 0; i < phaseCount; i++) {
        phases.add(phase(i));
      }
      List<Interest> interests = new ArrayList<>();
      for (String party : parties) {
        if (dice.chance(60)) {
          interests.add(new Interest(ref(), party, conditions.condition(phaseNames.size())));
        }
      }
      List<PhaseClause.Right> rights = dice.repeat(0, 2, () -> rightDraws.right(phaseNames.size()));
      List<PhaseClause.Assurance> assurances =
          rightDraws.guarantors().isEmpty()
              ? List.of()
              : dice.repeat(0, 2, () -> rightDraws.assurance(phaseNames.size()));
      List<Requirement> requirements = dice.repeat(0, 2, this::requirement);
      Optional<Conclusion> conclusion =
          dice.chance(50)
              ? Optional.of(new Conclusion(ref(), conditions.condition(phaseNames.size())))
              : Optional.empty();
      // Drawn last, so that the agreements drawn before deadlines of the agreement stay the same.
      phases = dayDraws.agreementDays(phases, conclusion.isPresent());
      Metadata metadata = headerDraws.metadata();
      Optional<Lapse> lapse = lapse();
      // Zones and calendar moments last of all (MomentDraws).
      metadata = MomentDraws.zoned(dice, metadata);
      phases = MomentDraws.moments(dice, phases, metadata);
      Agreement agreement =
          new Agreement(
              metadata,
              actors,
              holdings,
              interests,
              phases,
              rights,
              assurances,
              requirements,
              conclusion,
              lapse);
      // Drawn after everything else, for the same reason; conditional releases after that.
      agreement = InstrumentDraws.maybe(dice, agreement);
      return ConditionalDraws.maybe(dice, agreement, conditionals == Conditionals.OFTEN);
    }

    /**
     * Sometimes a lapse: {@code lapses when C}, a sunset {@code lapses on day N}, or {@code lapses
     * on day N unless C}.
     */
    private Optional<Lapse> lapse() {
      if (!dice.chance(30)) {
        return Optional.empty();
      }
      if (dice.chance(40)) {
        return Optional.of(
            new Lapse(
                ref(), Optional.empty(), Optional.of(conditions.condition(phaseNames.size()))));
      }
      long day = dice.between(1, 60);
      return Optional.of(
          new Lapse(
              ref(),
              Optional.of(day),
              dice.maybe(60, () -> conditions.condition(phaseNames.size()))));
    }

    // ---- phases -----------------------------------------------------------------------------

    private Phase phase(int index) {
      Optional<Long> duration =
          dice.chance(85) ? Optional.of((long) dice.between(1, 60)) : Optional.empty();
      long days = duration.orElse(OPEN_ENDED_DAYS);
      Optional<Condition> endsWhen = dice.maybe(20, () -> conditions.condition(index));
      if (duration.isEmpty() && endsWhen.isEmpty() && index < phaseNames.size() - 1) {
        // phases run one at a time: only the last may never end, or those after it never begin
        endsWhen = Optional.of(conditions.condition(index));
      }
      Phase.Entry entry = entry(index);
      if (duration.isPresent() || endsWhen.isPresent()) {
        endable.add(phaseNames.get(index));
      }
      List<PhaseClause> clauses = new ArrayList<>();
      clauses.add(new PhaseClause.Hostilities(ref(), dice.oneOf(List.of(HostilityState.values()))));
      for (var talks : talksHost.entrySet()) {
        if (talks.getValue() == index) {
          clauses.add(new PhaseClause.Talks(ref(), talks.getKey(), dice.between(1, (int) days)));
        }
      }
      int extra = dice.between(0, 5);
      for (int i = 0; i < extra; i++) {
        phaseClause(index, days, duration.isPresent()).ifPresent(clauses::add);
      }
      if (dice.chance(40)) {
        OrderDraws.order(dice, clauses, ref())
            .ifPresent(
                o -> {
                  o.ref().id().ifPresent(id -> owed.add(new String[] {o.party(), id}));
                  clauses.add(o);
                });
      }
      return new Phase(
          ref(),
          phaseNames.get(index),
          dice.maybe(70, dice::text),
          duration,
          entry,
          endsWhen,
          clauses);
    }

    /**
     * The first phase begins on day 1 or a given day. A later one waits for an earlier phase that
     * can end (it has a duration or an {@code ends when}), after it or when it has ended and
     * something more holds that only earlier phases decide; without such a phase it begins on a
     * given day. So no phase waits for itself, for a later phase or for one that never ends.
     */
    private Phase.Entry entry(int index) {
      List<String> earlier =
          phaseNames.subList(0, index).stream().filter(endable::contains).toList();
      if (index == 0 || earlier.isEmpty()) {
        return new Phase.Entry.OnDay(index == 0 && dice.chance(70) ? 1 : dice.between(1, 60));
      }
      String before = dice.oneOf(earlier);
      if (dice.chance(60)) {
        return new Phase.Entry.After(before);
      }
      Condition ended = new Condition.PhaseIs(before, PhaseState.ENDED);
      List<String> talksBefore =
          talksHost.entrySet().stream()
              .filter(talks -> talks.getValue() < index)
              .map(Map.Entry::getKey)
              .sorted()
              .toList();
      Condition more =
          switch (dice.between(0, 4)) {
            case 0 -> ended;
            case 1 -> new Condition.HostilitiesAre(dice.oneOf(List.of(HostilityState.values())));
            case 2 ->
                new Condition.Compare(
                    new Figure.Day(),
                    dice.oneOf(List.of(CompareOp.values())),
                    new Figure.Literal(dice.between(1, 90)));
            case 3 ->
                new Condition.PhaseIs(
                    phaseNames.get(dice.between(0, index - 1)),
                    dice.chance(50) ? PhaseState.BEGUN : PhaseState.ACTIVE);
            default ->
                talksBefore.isEmpty()
                    ? ended
                    : new Condition.TalksAre(
                        dice.oneOf(talksBefore),
                        dice.oneOf(List.of(TalkState.values())),
                        dice.chance(50) ? Optional.of(dice.oneOf(parties)) : Optional.empty());
          };
      return new Phase.Entry.When(more == ended ? ended : new Condition.And(ended, more));
    }

    private Optional<PhaseClause> phaseClause(int phase, long days, boolean hasDuration) {
      return switch (dice.between(0, 8)) {
        case 0, 1 -> release(days);
        case 2 -> exchange();
        case 3 -> {
          int amount = dice.between(1, 1000);
          Category goods = new Category(dice.oneOf(GOODS));
          ClauseRef tag = ref();
          String party = dice.oneOf(parties);
          yield Optional.of(
              new PhaseClause.Delivery(
                  owed(tag, party),
                  party,
                  dice.oneOf(List.of(DeliveryVerb.values())),
                  amount,
                  goods,
                  schedules.deliverySchedule(amount, days),
                  GeneratedSubQuotas.of(dice, amount, goods)));
        }
        case 4 -> {
          ClauseRef tag = ref();
          String party = dice.oneOf(parties);
          yield Optional.of(
              new PhaseClause.Withdrawal(
                  owed(tag, party), party, dice.text(), schedules.deadline(days)));
        }
        case 5 -> Optional.of(undertaking(days));
        case 6 -> hasDuration ? Optional.of(extension()) : Optional.empty();
        case 7 -> Optional.of(rightDraws.right(phase + 1));
        default ->
            rightDraws.guarantors().isEmpty()
                ? Optional.empty()
                : Optional.of(rightDraws.assurance(phase + 1));
      };
    }

    /** An undertaking, sometimes from a day of the phase, never after its deadline. */
    private PhaseClause.Undertaking undertaking(long days) {
      String party = dice.oneOf(parties);
      String duty = dice.text();
      Optional<Schedule> deadline = dice.maybe(50, () -> schedules.deadline(days));
      long last =
          deadline
              .map(
                  d ->
                      switch (d) {
                        case Schedule.OnDay on -> on.day();
                        case Schedule.ByDay by -> by.day();
                        case Schedule.Batches b -> days;
                        case Schedule.ByAgreementDay a -> days;
                        case Schedule.AgreementWindow a -> days;
                        case Schedule.BestEffort b -> b.longStop().orElse(days);
                        case Schedule.Window w -> w.last();
                        case Schedule.After a -> days; // releases only
                      })
              .orElse(days);
      Optional<Long> from = dice.maybe(30, () -> (long) dice.between(1, (int) last));
      return new PhaseClause.Undertaking(owed(ref(), party), party, duty, from, deadline);
    }

    /**
     * Records {@code tag} as an obligation of {@code party} other than a release, so that a right
     * may wait for its breach (docs/semantics.md "Breaches": withdrawals, deliveries and
     * undertakings too).
     */
    private ClauseRef owed(ClauseRef tag, String party) {
      tag.id().ifPresent(id -> owed.add(new String[] {party, id}));
      return tag;
    }

    private Optional<PhaseClause> release(long days) {
      List<Category> open =
          remaining.entrySet().stream()
              .filter(entry -> entry.getValue() > 0 && !exchanged.contains(entry.getKey()))
              .map(Map.Entry::getKey)
              .sorted((a, b) -> a.path().compareTo(b.path()))
              .toList();
      if (open.isEmpty()) {
        return Optional.empty();
      }
      Category category = dice.oneOf(open);
      String holder = holderOf.get(category);
      long left = remaining.get(category);
      if (dice.chance(20)) {
        remaining.put(category, 0L);
        return Optional.of(
            new PhaseClause.Release(
                ref(),
                holder,
                Optional.empty(),
                category,
                dice.maybe(50, () -> schedules.deadline(days))));
      }
      long count = dice.between(1, (int) left);
      remaining.put(category, left - count);
      Optional<Schedule> schedule =
          switch (dice.between(0, 4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(schedules.deadline(days));
            case 2 -> Optional.of(schedules.batches(count, days));
            case 3 -> Optional.of(schedules.window(days));
            default -> Optional.of(schedules.bestEffort(days));
          };
      ClauseRef tag = ref();
      tag.id().ifPresent(id -> owed.add(new String[] {holder, id}));
      return Optional.of(
          new PhaseClause.Release(tag, holder, Optional.of(count), category, schedule));
    }

    /** An exchange whose paying category can pay for every unit the other side holds. */
    private Optional<PhaseClause> exchange() {
      List<Category[]> pairs = new ArrayList<>();
      for (Category pay : holderOf.keySet()) {
        if (exchanged.contains(pay) || !remaining.get(pay).equals(heldCount.get(pay))) {
          continue;
        }
        for (Category unit : holderOf.keySet()) {
          if (!holderOf.get(unit).equals(holderOf.get(pay))
              && heldCount.get(pay) >= heldCount.get(unit)) {
            pairs.add(new Category[] {pay, unit});
          }
        }
      }
      if (pairs.isEmpty()) {
        return Optional.empty();
      }
      Category[] pair = dice.oneOf(pairs);
      Category pay = pair[0];
      Category unit = pair[1];
      exchanged.add(pay);
      long perUnit = dice.between(1, (int) (heldCount.get(pay) / heldCount.get(unit)));
      ClauseRef tag = ref();
      tag.id().ifPresent(id -> owed.add(new String[] {holderOf.get(pay), id}));
      PhaseClause.Exchange ratio =
          new PhaseClause.Exchange(
              tag,
              holderOf.get(pay),
              perUnit,
              pay,
              unit,
              dice.chance(50) ? Optional.of(holderOf.get(unit)) : Optional.empty(),
              dice.chance(50) ? 0 : dice.between(1, 5));
      return Optional.of(LumpDraws.maybeLump(dice, ratio, heldCount.get(unit), heldCount.get(pay)));
    }

    private PhaseClause.Extension extension() {
      long step = dice.between(1, 7);
      PhaseClause.Extension.Trigger trigger;
      if (!holderOf.isEmpty() && dice.chance(50)) {
        Category category =
            dice.oneOf(holderOf.keySet().stream().filter(c -> !statuses.contains(c)).toList());
        trigger =
            new PhaseClause.Extension.Trigger.PerReleases(
                dice.between(1, 20),
                category,
                dice.chance(50) ? Optional.of(holderOf.get(category)) : Optional.empty());
      } else {
        trigger = new PhaseClause.Extension.Trigger.While(conditions.condition(phaseNames.size()));
      }
      return new PhaseClause.Extension(
          ref(), step, trigger, dice.maybe(50, () -> step * dice.between(1, 5)));
    }

    private Requirement requirement() {
      RequirementKind kind = dice.oneOf(List.of(RequirementKind.values()));
      return new Requirement(
          ref(),
          kind,
          conditions.condition(phaseNames.size()),
          kind == RequirementKind.EVENTUALLY
              ? dice.maybe(50, () -> (long) dice.between(1, 200))
              : Optional.empty());
    }

    // ---- texts and tags ---------------------------------------------------------------------

    private ClauseRef ref() {
      if (!dice.chance(30)) {
        return ClauseRef.NONE;
      }
      int n = nextTag++;
      String id =
          switch (dice.between(0, 2)) {
            case 0 -> Integer.toString(n);
            case 1 -> n + "." + dice.between(1, 9);
            default -> "art_" + n;
          };
      return new ClauseRef(Optional.of(id), dice.maybe(50, dice::text));
    }
  }
}
