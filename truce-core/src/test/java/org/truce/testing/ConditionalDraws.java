package org.truce.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Holdings;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Schedule;

/**
 * Turns some of {@link AgreementGenerator}'s releases into conditional releases (docs/semantics.md
 * "Conditional releases"): {@code within D days after P has released all C} or {@code ... N C}, D
 * from 1 to 4, P any holder (the releasing party or another), C one of P's held categories or their
 * root, often one a release of the text draws from so that the trigger can complete, N at most what
 * P holds of C (E180). Releases an order of their phase covers stay as they are (E182). Drawn after
 * everything else, so that the agreements drawn before stay the same.
 */
final class ConditionalDraws {
  private ConditionalDraws() {}

  /**
   * Sometimes {@code agreement} with some of its releases conditional; {@code often}: always when
   * it has releases, and more of them.
   */
  static Agreement maybe(Dice dice, Agreement agreement, boolean often) {
    Map<String, Map<Category, Long>> held = held(agreement);
    if (held.isEmpty() || !dice.chance(often ? 100 : 60)) {
      return agreement;
    }
    // First which releases become conditional, then their triggers: mostly on the releases that
    // stay as they are, which do complete.
    Set<String> chosen = new HashSet<>();
    List<PhaseClause.Release> others = new ArrayList<>();
    for (int p = 0; p < agreement.phases().size(); p++) {
      Phase phase = agreement.phases().get(p);
      for (int k = 0; k < phase.clauses().size(); k++) {
        if (phase.clauses().get(k) instanceof PhaseClause.Release r) {
          if (!ordered(phase, r) && dice.chance(50)) {
            chosen.add(p + "/" + k);
          } else if (held.getOrDefault(r.party(), Map.of()).containsKey(r.category())) {
            others.add(r);
          }
        }
      }
    }
    List<Phase> phases = new ArrayList<>();
    for (int p = 0; p < agreement.phases().size(); p++) {
      Phase phase = agreement.phases().get(p);
      List<PhaseClause> clauses = new ArrayList<>();
      for (int k = 0; k < phase.clauses().size(); k++) {
        PhaseClause c = phase.clauses().get(k);
        if (c instanceof PhaseClause.Release r && chosen.contains(p + "/" + k)) {
          clauses.add(
              new PhaseClause.Release(
                  r.ref(),
                  r.party(),
                  r.count(),
                  r.category(),
                  Optional.of(after(dice, held, others, r.party(), often ? 100 : 75))));
        } else {
          clauses.add(c);
        }
      }
      phases.add(phase.withClauses(clauses));
    }
    if (!others.isEmpty() && dice.chance(often ? 100 : 40)) {
      phases = added(dice, agreement, phases, held, others);
    }
    return agreement.withPhases(phases);
  }

  /**
   * Adds one or two releases of {@code all remaining} of a held line, conditional on what a release
   * of the text makes, each at a random place in a random phase: {@code all remaining} never asks
   * more than is held, whatever the other releases take.
   */
  private static List<Phase> added(
      Dice dice,
      Agreement agreement,
      List<Phase> phases,
      Map<String, Map<Category, Long>> held,
      List<PhaseClause.Release> others) {
    List<Category> paid = new ArrayList<>();
    for (Phase phase : phases) {
      for (PhaseClause c : phase.clauses()) {
        if (c instanceof PhaseClause.Exchange x) {
          paid.add(x.category()); // paid out by an exchange, released by nothing else
        }
      }
    }
    List<PhaseClause.Release> lines = new ArrayList<>();
    for (Holdings h : agreement.holdings()) {
      for (Holdings.Entry e : h.entries()) {
        if (!paid.contains(e.category())) {
          lines.add(
              new PhaseClause.Release(
                  ClauseRef.NONE, h.holder(), Optional.empty(), e.category(), Optional.empty()));
        }
      }
    }
    List<Phase> out = new ArrayList<>(phases);
    int count = dice.between(1, 2);
    for (int n = 0; n < count && !lines.isEmpty(); n++) {
      int p = dice.between(0, out.size() - 1);
      Phase phase = out.get(p);
      PhaseClause.Release line = dice.oneOf(lines);
      if (ordered(phase, line)) {
        continue;
      }
      List<PhaseClause> clauses = new ArrayList<>(phase.clauses());
      clauses.add(
          dice.between(1, clauses.size()),
          new PhaseClause.Release(
              ClauseRef.NONE,
              line.party(),
              Optional.empty(),
              line.category(),
              Optional.of(after(dice, held, others, line.party(), 100))));
      out.set(p, phase.withClauses(clauses));
    }
    return out;
  }

  private static Schedule.After after(
      Dice dice,
      Map<String, Map<Category, Long>> held,
      List<PhaseClause.Release> releases,
      String releaser,
      int onReleases) {
    String party;
    Category category;
    long most;
    boolean all;
    if (!releases.isEmpty() && dice.chance(onReleases)) {
      // On what a release that stays as it is makes, so that the trigger can complete: all of
      // its category when the releases of the text make all of it, else at most what it makes.
      PhaseClause.Release on = dice.oneOf(releases);
      party = on.party();
      category = on.category();
      most = Math.min(held.get(party).get(category), on.count().orElse(Long.MAX_VALUE));
      all = made(releases, party, category) >= held.get(party).get(category) && dice.chance(60);
    } else {
      List<String> holders = List.copyOf(held.keySet());
      party = holders.contains(releaser) && dice.chance(40) ? releaser : dice.oneOf(holders);
      category = dice.oneOf(List.copyOf(held.get(party).keySet()));
      most = held.get(party).get(category);
      all = dice.chance(40);
    }
    Optional<Long> count =
        all ? Optional.empty() : Optional.of((long) dice.between(1, (int) Math.min(most, 1000)));
    return new Schedule.After(dice.between(1, 4), party, count, category);
  }

  /** What the releases of {@code party}'s {@code category} make together (all remaining: all). */
  private static long made(List<PhaseClause.Release> releases, String party, Category category) {
    long sum = 0;
    for (PhaseClause.Release r : releases) {
      if (r.party().equals(party) && r.category().equals(category)) {
        if (r.count().isEmpty()) {
          return Long.MAX_VALUE;
        }
        sum += r.count().get();
      }
    }
    return sum;
  }

  /**
   * Per holder, the categories it holds (lines whose status is unknown at signing by the line's own
   * category) and their roots, with how many it holds of each.
   */
  private static Map<String, Map<Category, Long>> held(Agreement agreement) {
    Map<String, Map<Category, Long>> out = new LinkedHashMap<>();
    for (Holdings h : agreement.holdings()) {
      Map<Category, Long> of = out.computeIfAbsent(h.holder(), k -> new LinkedHashMap<>());
      for (Holdings.Entry e : h.entries()) {
        of.merge(e.category(), e.count(), Long::sum);
        Category root = new Category(e.category().path().split("\\.")[0]);
        if (!root.equals(e.category())) {
          of.merge(root, e.count(), Long::sum);
        }
      }
    }
    out.values().removeIf(Map::isEmpty);
    return out;
  }

  /** True when an order of the phase covers {@code r} (E182). */
  private static boolean ordered(Phase phase, PhaseClause.Release r) {
    return phase.clauses().stream()
        .anyMatch(
            c ->
                c instanceof PhaseClause.Order o
                    && o.party().equals(r.party())
                    && (o.first().covers(r.category()) || o.then().covers(r.category())));
  }
}
