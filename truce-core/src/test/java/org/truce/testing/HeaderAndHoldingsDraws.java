package org.truce.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.truce.model.Actor;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Holdings;
import org.truce.model.Metadata;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.Role;

/**
 * The header, the actors and the holdings of an agreement drawn by {@link AgreementGenerator}:
 * distinct parties and third actors (never reserved words), and per party categories under a root
 * no other holder uses. It writes the facts later draws must respect (parties, actors, who holds
 * which category, how many, how many are left to release, the statuses of lines of unknown status)
 * into the generator's collections, which it shares; it lives apart to keep the generator short.
 */
final class HeaderAndHoldingsDraws {
  private static final List<String> PARTY_NAMES =
      List.of("north_side", "south_side", "islanders", "highlanders", "coastal_front");
  private static final List<String> THIRD_NAMES =
      List.of("qatar", "egypt", "us", "norway", "un_office", "swiss_fed");
  private static final List<String> ROOTS = List.of("hostage", "prisoner", "detainee", "captive");
  private static final List<List<String>> LEAVES =
      List.of(
          List.of("living", "civilian"),
          List.of("living", "soldier"),
          List.of("remains"),
          List.of("general"),
          List.of("life"));

  private final Dice dice;
  private final Supplier<ClauseRef> ref;
  private final List<String> parties;
  private final List<Actor> actors;
  private final Map<Category, String> holderOf;
  private final Map<Category, Long> heldCount;
  private final Map<Category, Long> remaining;
  private final List<Category> statuses;

  HeaderAndHoldingsDraws(
      Dice dice,
      Supplier<ClauseRef> ref,
      List<String> parties,
      List<Actor> actors,
      Map<Category, String> holderOf,
      Map<Category, Long> heldCount,
      Map<Category, Long> remaining,
      List<Category> statuses) {
    this.dice = dice;
    this.ref = ref;
    this.parties = parties;
    this.actors = actors;
    this.holderOf = holderOf;
    this.heldCount = heldCount;
    this.remaining = remaining;
    this.statuses = statuses;
  }

  /** The header: title, dates, who tabled it and through whom, the start and its hour. */
  Metadata metadata() {
    Optional<String> tabledBy =
        dice.chance(50) ? Optional.of(dice.oneOf(parties)) : Optional.empty();
    List<String> mediators =
        actors.stream().filter(actor -> actor.has(Role.MEDIATOR)).map(Actor::name).toList();
    List<String> via =
        tabledBy.isPresent() && !mediators.isEmpty() && dice.chance(50)
            ? dice.pick(mediators, dice.between(1, mediators.size()))
            : List.of();
    Optional<LocalDate> start = dice.maybe(50, this::date);
    return new Metadata(
        dice.text(),
        dice.maybe(50, dice::text),
        dice.maybe(50, this::date),
        tabledBy,
        via,
        dice.maybe(30, dice::text),
        start,
        start.isPresent()
            ? dice.maybe(50, () -> LocalTime.of(dice.between(0, 23), dice.between(0, 59)))
            : Optional.empty());
  }

  private LocalDate date() {
    return LocalDate.of(dice.between(2000, 2030), dice.between(1, 12), dice.between(1, 28));
  }

  /** Two or three parties, then up to three mediators, guarantors or endorsers. */
  void actors() {
    parties.addAll(dice.pick(PARTY_NAMES, dice.between(2, 3)));
    for (String party : parties) {
      actors.add(new Actor(ref.get(), party, dice.text(), List.of(Role.PARTY)));
    }
    for (String third : dice.pick(THIRD_NAMES, dice.between(0, 3))) {
      List<Role> roles = new ArrayList<>();
      for (Role role : EnumSet.of(Role.MEDIATOR, Role.GUARANTOR, Role.ENDORSER)) {
        if (dice.chance(50)) {
          roles.add(role);
        }
      }
      if (roles.isEmpty()) {
        roles.add(Role.MEDIATOR);
      }
      actors.add(new Actor(ref.get(), third, dice.text(), roles));
    }
  }

  /**
   * What the parties hold: per holder, categories under a root of its own, sometimes a line of
   * unknown status; records who holds what and how much is left to release.
   */
  List<Holdings> holdings() {
    List<Holdings> all = new ArrayList<>();
    List<String> roots = dice.pick(ROOTS, parties.size());
    for (int i = 0; i < parties.size(); i++) {
      if (!dice.chance(75)) {
        continue;
      }
      String holder = parties.get(i);
      List<Holdings.Entry> entries = new ArrayList<>();
      for (List<String> leaf : dice.pick(LEAVES, dice.between(1, 3))) {
        Category category = new Category(roots.get(i) + "." + String.join(".", leaf));
        long count = dice.between(1, 300);
        holderOf.put(category, holder);
        heldCount.put(category, count);
        remaining.put(category, count);
        entries.add(
            new Holdings.Entry(
                category, dice.oneOf(List.of(Bound.values())), count, dice.maybe(30, dice::text)));
      }
      GeneratedUnknownStatus.of(dice, roots.get(i))
          .ifPresent(
              unknown -> {
                holderOf.put(unknown.category(), holder);
                heldCount.put(unknown.category(), unknown.count());
                remaining.put(unknown.category(), unknown.count());
                entries.add(unknown);
                for (Category status : unknown.either()) {
                  holderOf.put(status, holder);
                  heldCount.put(status, unknown.count());
                  remaining.put(status, 0L);
                  statuses.add(status);
                }
              });
      all.add(new Holdings(ref.get(), holder, entries));
    }
    return all;
  }
}
